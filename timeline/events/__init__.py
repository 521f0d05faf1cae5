"""From Mentions to Events: what texts say (similarity), which mentions tell one happening
(merge), the date they give it (fusion), a headline (summary), and publish dates for
undated articles from the corpus (dating)."""
