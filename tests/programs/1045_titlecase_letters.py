"""str.title/capitalize/istitle with titlecase letters, ligatures, uncased scripts and digits before letters."""
for s in ["ǅungla", "ǆungla", "they're bill's", "中abc def", "ßtraße", "ﬁsh and ﬂy", "ᾳa", "ა ბ", "1st 2nd", "hello WORLD", "ǈ ǉ Ǉ"]:
    print(repr(s.title()), repr(s.capitalize()), s.istitle())
