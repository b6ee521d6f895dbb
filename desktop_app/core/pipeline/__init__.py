"""The orchestration: documents in, an Analysis (sentences, claims, scores, findings) out."""
