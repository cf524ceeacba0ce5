"""What is learned from the dev split, as data, next to the script that produced it."""
