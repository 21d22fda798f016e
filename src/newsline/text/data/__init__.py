"""Small word lists the text stage ships with (gazetteers); plain Python so they always install."""
