"""Speaker resolution: a candidate's speaker phrase becomes a name from the document's registry."""
