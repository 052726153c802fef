package org.avrs.server.service;

import java.util.List;
import org.avrs.server.ServiceException;
import org.avrs.server.store.CatalogVideo;
import org.avrs.server.store.Database;
import org.avrs.server.store.VideoStore;

/** Reading the catalog: search by title and genre, one video, the genres. */
public final class CatalogService {

    private final Database db;
    private final VideoStore videos = new VideoStore();

    public CatalogService(Database db) {
        this.db = db;
    }

    /** One page (1-based) of the videos matching a title fragment and a genre (blank: any). */
    public VideoStore.Page search(String query, String genre, int page, int pageSize) {
        return db.read(c -> videos.search(c, query, genre, (page - 1) * pageSize, pageSize));
    }

    /** @throws ServiceException NOT_FOUND for an id not in the catalog */
    public CatalogVideo get(long id) {
        return db.read(c -> videos.find(c, id)).orElseThrow(() -> ServiceException.notFound("video " + id));
    }

    public List<String> genres() {
        return db.read(videos::genres);
    }

    public long size() {
        return db.read(videos::count);
    }
}
