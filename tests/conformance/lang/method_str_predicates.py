for s in ['123', 'abc', 'ABC', 'aBc', '   ', '', 'a1', '\t\n', 'Title Case', '12.5']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.isalnum())
print('Hello World'.istitle(), 'hello'.istitle())
print('abc_1'.isidentifier(), '1abc'.isidentifier())
print('A1B'.isupper(), 'a1b'.islower(), '123'.isupper())
