"""Numbers and amounts: the Kazakh number grammar and the numbers stage (cardinals, money, percents, ...)."""
