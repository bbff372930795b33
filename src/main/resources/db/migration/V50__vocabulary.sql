-- Everyday words for stored values (在谈 → NEGOTIATING, 座谈会 → MEETING, 存续 → ACTIVE): one vocabulary
-- per field, read by imports beside the labels the screens show. Filled from seeds/vocabulary.csv when
-- empty; an office adds its own words (decision 0101). kind is the value's type (ProjectStage …).
create table vocabulary_word (
  kind       varchar(30) not null,
  word       varchar(60) not null,
  meaning    varchar(30) not null,          -- the stored value the word means (a constant name)
  primary key (kind, word)
);
