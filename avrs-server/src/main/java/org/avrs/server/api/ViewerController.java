package org.avrs.server.api;

import io.javalin.http.Context;
import java.util.Map;
import org.avrs.server.live.LiveEvents;
import org.avrs.server.service.ViewerService;
import org.avrs.server.store.Viewer;

/** Registration, the viewer's own record, consent and erasure. */
final class ViewerController {

    /** @param keepRawSignals opt in to keeping raw uploads after recognition; default false */
    record NewViewer(Boolean keepRawSignals) {
    }

    /** @param keepRawSignals required */
    record Consent(Boolean keepRawSignals) {
        Consent {
            if (keepRawSignals == null) {
                throw new IllegalArgumentException("keepRawSignals is required (true or false)");
            }
        }
    }

    private final ViewerService viewers;
    private final LiveEvents live;
    private final Bodies bodies;
    private final long maxJsonBytes;

    ViewerController(ViewerService viewers, LiveEvents live, Bodies bodies, long maxJsonBytes) {
        this.viewers = viewers;
        this.live = live;
        this.bodies = bodies;
        this.maxJsonBytes = maxJsonBytes;
    }

    void register(Context ctx) {
        NewViewer req = bodies.json(ctx, NewViewer.class, maxJsonBytes, true);
        ViewerService.Registration r = viewers.register(Boolean.TRUE.equals(req.keepRawSignals()));
        Viewer v = r.viewer();
        ctx.status(201).json(new Views.RegistrationView(v.id(), r.token(), Views.iso(v.createdAt()), v.keepRawSignals()));
    }

    void me(Context ctx) {
        ctx.json(Views.ViewerView.of(Auth.viewer(ctx)));
    }

    void consent(Context ctx) {
        Consent req = bodies.json(ctx, Consent.class, maxJsonBytes, false);
        ctx.json(Views.ViewerView.of(viewers.setKeepRawSignals(Auth.viewer(ctx), req.keepRawSignals())));
    }

    void erase(Context ctx) {
        Viewer v = Auth.viewer(ctx);
        Map<String, Integer> erased = viewers.erase(v);
        live.closeViewer(v.id());
        ctx.json(Map.of("erased", erased));
    }
}
