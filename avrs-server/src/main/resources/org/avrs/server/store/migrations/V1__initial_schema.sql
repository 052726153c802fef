-- AVRS server schema, version 1. One text for SQLite and PostgreSQL: ${double} and ${blob} are
-- replaced by each dialect's type. Times are Unix epoch milliseconds; ids are random strings made by
-- the server (no auto-increment, which the two databases spell differently).

CREATE TABLE viewers (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  keep_raw_signals BOOLEAN NOT NULL
);

-- The catalog with each video's affective profile. genres and tags are '|'-delimited with a leading
-- and trailing '|' so that one genre is matched by LIKE '%|Comedy|%'. popularity (ratings in the
-- catalog's source data) is the browsing order.
CREATE TABLE videos (
  id BIGINT PRIMARY KEY,
  title TEXT NOT NULL,
  title_lower TEXT NOT NULL,
  year INTEGER NOT NULL,
  genres TEXT NOT NULL,
  tags TEXT NOT NULL,
  valence ${double},
  arousal ${double},
  dominance ${double},
  profile_confidence ${double},
  profile_source TEXT,
  popularity INTEGER NOT NULL
);
CREATE INDEX videos_by_popularity ON videos (popularity DESC, title_lower);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  viewer_id TEXT NOT NULL REFERENCES viewers(id) ON DELETE CASCADE,
  video_id BIGINT NOT NULL REFERENCES videos(id),
  started_at BIGINT NOT NULL,
  ended_at BIGINT,
  watched_seconds ${double},
  skipped BOOLEAN,
  rating ${double}
);
CREATE INDEX sessions_by_viewer ON sessions (viewer_id, started_at);

-- Raw biometric uploads, kept only for viewers who opted in.
CREATE TABLE signals (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  viewer_id TEXT NOT NULL REFERENCES viewers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  content_type TEXT NOT NULL,
  bytes ${blob} NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX signals_by_session ON signals (session_id);

-- The affect timeline: one row per recognised or reported affect. t_start and t_end are seconds since
-- the session started; distribution is a JSON array in the label order of emotion_set.
CREATE TABLE affects (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  viewer_id TEXT NOT NULL REFERENCES viewers(id) ON DELETE CASCADE,
  received_at BIGINT NOT NULL,
  t_start ${double} NOT NULL,
  t_end ${double} NOT NULL,
  modality TEXT NOT NULL,
  source TEXT NOT NULL,
  valence ${double} NOT NULL,
  arousal ${double} NOT NULL,
  dominance ${double} NOT NULL,
  confidence ${double} NOT NULL,
  emotion_set TEXT,
  distribution TEXT,
  signal_id TEXT REFERENCES signals(id) ON DELETE SET NULL
);
CREATE INDEX affects_by_session ON affects (session_id, received_at);
CREATE INDEX affects_by_viewer ON affects (viewer_id, received_at);

-- What the viewer did with a video: one row per ended session.
CREATE TABLE interactions (
  id TEXT PRIMARY KEY,
  viewer_id TEXT NOT NULL REFERENCES viewers(id) ON DELETE CASCADE,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  video_id BIGINT NOT NULL REFERENCES videos(id),
  rating ${double},
  watched_seconds ${double} NOT NULL,
  skipped BOOLEAN NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX interactions_by_viewer ON interactions (viewer_id);
