"""How str, list and dict methods report a wrong number of arguments: each in the words of the way CPython parses it."""
ms = ["count","find","rfind","index","rindex","startswith","endswith","split","rsplit","join","replace","strip","lstrip","rstrip","center","ljust","rjust","zfill","partition","rpartition","encode","expandtabs","splitlines","translate","format","removeprefix","removesuffix","upper","lower","title","isdigit"]
for m in ms:
    for args in [(), (1,2,3,4,5)]:
        try:
            getattr("abc", m)(*args)
            print(m, len(args), "ok")
        except Exception as e:
            print(m, len(args), type(e).__name__, e)
for m in ["append","index","count","insert","pop","remove","sort","extend"]:
    for args in [(), (1,2,3,4,5)]:
        try:
            getattr([1], m)(*args)
            print(m, len(args), "ok")
        except Exception as e:
            print(m, len(args), type(e).__name__, e)
for m in ["get","pop","setdefault","update","keys","fromkeys"]:
    for args in [(), (1,2,3,4,5)]:
        try:
            getattr({}, m)(*args)
            print(m, len(args), "ok")
        except Exception as e:
            print(m, len(args), type(e).__name__, e)
