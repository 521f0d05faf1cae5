"""From Mentions to Events: what texts say (similarity, evidence), which mentions tell one
happening (cluster), one event of each with its date and headline (fusion, summary), the entry
point (merge), and publish dates for undated articles from the corpus (dating)."""
