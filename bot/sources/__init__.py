"""Getting articles: address guard, HTTP fetching, feed parsing."""
