"""What articles state: numbers in digits or words, and the claims built around them."""
