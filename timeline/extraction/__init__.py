"""Per-article work: an article's time expressions become Mentions (sentence, clause, anchor),
cached per article and computed in stoppable worker processes."""
