"""Which triples a set of SPARQL queries can possibly match, so the store holds only those.

Why: pyoxigraph loads a few microseconds per triple, and a 10k-node description has several hundred
thousand triples, most of them (latencies, efficiencies, names, order bookkeeping) read by no rule.

A query can only match a triple whose predicate it names, unless it has a variable (or a negated
property set ``!``) in predicate position; and it can only need an ``rdf:type`` triple whose class
it names, unless ``rdf:type`` has a non-constant object or sits inside a longer property path. This
module parses just enough of SPARQL 1.1 to tell: every IRI the query mentions, and whether it uses
either escape. Anything it does not understand makes it give up, and giving up means "load
everything": the filter may keep too much, never too little.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qnetspec.description_rdf import RDF_TYPE, TripleFilter

# Name characters are written as negated classes that match exactly the characters of the positive
# ones in the comments (checked over every code point): a positive range up to U+FFFF makes ``re``
# build a 64k-entry table, which cost 45 ms of every ``qnetspec check`` start-up.
#   var    [?$] [A-Za-z0-9_\u00b7-\uffff]+
#   bnode  _: [A-Za-z0-9_\u00b7-\uffff.-]* [A-Za-z0-9_\u00b7-\uffff-]
#   pname  ([A-Za-z\u00c0-\uffff] [A-Za-z0-9_\u00b7-\uffff.-]*)? :
#          ([A-Za-z0-9_:%\u00b7-\uffff]
#           ([A-Za-z0-9_:%\u00b7-\uffff.-]* [A-Za-z0-9_:%\u00b7-\uffff-])?)?
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+|\#[^\n]*)
  | (?P<string>\"\"\"(?:[^\\]|\\.)*?\"\"\"|'''(?:[^\\]|\\.)*?'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\xb6\U00010000-\U0010ffff]+)
  | (?P<bnode>_:[^\x00-\x2c\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\xb6\U00010000-\U0010ffff]*
        [^\x00-\x2c\x2e-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\xb6\U00010000-\U0010ffff])
  | (?P<pname>(?:[^\x00-\x40\x5b-\x60\x7b-\xbf\U00010000-\U0010ffff]
           [^\x00-\x2c\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\xb6\U00010000-\U0010ffff]*)?:
        (?:[^\x00-\x24\x26-\x2f\x3b-\x40\x5b-\x5e\x60\x7b-\xb6\U00010000-\U0010ffff]
           (?:[^\x00-\x24\x26-\x2c\x2f\x3b-\x40\x5b-\x5e\x60\x7b-\xb6\U00010000-\U0010ffff]*
              [^\x00-\x24\x26-\x2c\x2e-\x2f\x3b-\x40\x5b-\x5e\x60\x7b-\xb6\U00010000-\U0010ffff])?)?)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>[+-]?(?:\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+(?:[eE][+-]?\d+)?))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>\^\^|&&|\|\||!=|<=|>=|\{\||\|\}|<<|>>|[{}()\[\].;,!^|/*+?=<>@-])
    """,
    re.VERBOSE,
)


class _GiveUp(Exception):
    """The query uses something the analysis does not follow: keep every triple."""


@dataclass(frozen=True)
class QueryScope:
    """What one query can read: the IRIs it names, and whether it escapes either projection."""

    iris: frozenset[str]
    any_predicate: bool
    any_class: bool


def _tokens(query: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(query):
        match = _TOKEN.match(query, position)
        if match is None:
            raise _GiveUp(f"cannot read {query[position : position + 20]!r}")
        kind = match.lastgroup or ""
        if kind != "ws":
            tokens.append((kind, match.group()))
        position = match.end()
    return tokens


class _Parser:
    """A recursive walk over group graph patterns that classifies predicate positions."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.i = 0
        self.prefixes: dict[str, str] = {}
        self.base = ""
        self.iris: set[str] = set()
        self.any_predicate = False
        self.any_class = False

    # -- token helpers -------------------------------------------------------------------------

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.i + offset
        return self.tokens[index] if index < len(self.tokens) else ("eof", "")

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token[0] == "eof":
            raise _GiveUp("unexpected end of query")
        self.i += 1
        return token

    def expect(self, value: str) -> None:
        _, text = self.take()
        if text != value and text.upper() != value:
            raise _GiveUp(f"expected {value!r}, found {text!r}")

    def is_word(self, *words: str) -> bool:
        kind, text = self.peek()
        return kind == "word" and text.upper() in words

    def iri(self, token: tuple[str, str]) -> str:
        kind, text = token
        if kind == "iri":
            value = text[1:-1]
            return value if ":" in value else self.base + value
        prefix, _, local = text.partition(":")
        if prefix not in self.prefixes:
            raise _GiveUp(f"undeclared prefix {prefix!r}")
        return self.prefixes[prefix] + local

    # -- query structure -----------------------------------------------------------------------

    def query(self) -> None:
        while self.is_word("PREFIX", "BASE"):
            if self.take()[1].upper() == "BASE":
                self.base = self.take()[1][1:-1]
                continue
            name = self.take()
            target = self.take()
            if name[0] != "pname" or target[0] != "iri":
                raise _GiveUp("malformed PREFIX")
            self.prefixes[name[1][:-1]] = target[1][1:-1]
        if not self.is_word("SELECT"):
            raise _GiveUp("only SELECT queries are analysed")
        self.select()
        # Solution modifiers may mention IRIs in expressions; record them, nothing else matters.
        self.mentions_until_end()

    def select(self) -> None:
        """SELECT ... [FROM ...] WHERE? { ... }"""
        self.take()
        depth = 0
        while True:
            kind, text = self.peek()
            if kind == "eof":
                raise _GiveUp("SELECT without a WHERE pattern")
            if text == "{":
                if depth:
                    raise _GiveUp("patterns inside the projection")
                break
            if text == "(":
                depth += 1
            elif text == ")":
                depth -= 1
            elif kind in ("iri", "pname"):
                self.iris.add(self.iri((kind, text)))
            self.take()
        self.group()

    def mentions_until_end(self) -> None:
        depth = 0
        while self.peek()[0] != "eof":
            kind, text = self.take()
            if kind in ("iri", "pname"):
                self.iris.add(self.iri((kind, text)))
            elif text == "{":
                depth += 1
            elif text == "}":
                depth -= 1
            if self.is_word("EXISTS") or depth < 0:
                raise _GiveUp("patterns after the WHERE clause")

    def group(self) -> None:
        self.expect("{")
        if self.is_word("SELECT"):
            self.select()
            while self.peek()[1] != "}":
                kind, text = self.take()
                if kind in ("iri", "pname"):
                    self.iris.add(self.iri((kind, text)))
            self.expect("}")
            return
        while True:
            kind, text = self.peek()
            if text == "}":
                self.take()
                return
            if text in (".",):
                self.take()
            elif text == "{":
                self.group()
            elif kind == "word":
                self.keyword()
            else:
                self.triples()

    def keyword(self) -> None:
        word = self.peek()[1].upper()
        if word in ("OPTIONAL", "MINUS"):
            self.take()
            self.group()
        elif word == "UNION":
            self.take()
        elif word == "FILTER":
            self.take()
            self.constraint()
        elif word == "BIND":
            self.take()
            self.bracketed()
        elif word == "VALUES":
            self.take()
            self.values()
        elif word in ("GRAPH", "SERVICE"):
            raise _GiveUp(f"{word} patterns")
        elif word == "A":
            raise _GiveUp("'a' where a subject was expected")
        else:
            self.triples()  # a word here can only be a literal such as true/false as subject

    def constraint(self) -> None:
        if self.is_word("NOT"):
            self.take()
        if self.is_word("EXISTS"):
            self.take()
            self.group()
        elif self.peek()[1] == "(":
            self.bracketed()
        else:
            self.take()  # function name (IRI or builtin)
            self.bracketed()

    def bracketed(self) -> None:
        """An expression in parentheses: record IRIs, descend into EXISTS patterns."""
        self.expect("(")
        depth = 1
        while depth:
            kind, text = self.peek()
            if kind == "word" and text.upper() == "EXISTS":
                self.take()
                self.group()
                continue
            self.take()
            if text == "(":
                depth += 1
            elif text == ")":
                depth -= 1
            elif kind in ("iri", "pname"):
                self.iris.add(self.iri((kind, text)))

    def values(self) -> None:
        while self.peek()[1] != "{":
            self.take()
        self.take()
        while True:
            kind, text = self.take()
            if text == "}":
                return
            if kind in ("iri", "pname"):
                self.iris.add(self.iri((kind, text)))

    # -- triples -------------------------------------------------------------------------------

    def triples(self) -> None:
        """TriplesSameSubjectPath: a subject, then a property list (optional after ``[...]``)."""
        text = self.peek()[1]
        if text == "[":
            self.blank_node_properties()
            if self.peek()[1] in (".", "}"):
                return
        elif text == "(":
            self.collection()
        elif text == "<<":
            raise _GiveUp("quoted triples")
        else:
            self.term()
        self.property_list()

    def property_list(self) -> None:
        while True:
            self.verb_and_objects()
            if self.peek()[1] != ";":
                return
            while self.peek()[1] == ";":
                self.take()
            kind, text = self.peek()
            if text in (".", "}", "]") or (kind == "word" and text != "a"):
                return

    def verb_and_objects(self) -> None:
        kind = self.peek()[0]
        if kind == "var":
            self.take()
            self.any_predicate = True
            self.objects(type_predicate=False)
            return
        simple_type, path_has_type = self.path()
        if path_has_type and not simple_type:
            self.any_class = True
        self.objects(type_predicate=simple_type)

    def path(self) -> tuple[bool, bool]:
        """Parse a property path; return (is exactly rdf:type, mentions rdf:type)."""
        steps = 0
        has_type = False
        simple = True
        while True:
            kind, text = self.peek()
            if text == "^":
                self.take()
                simple = False
                continue
            if text == "!":
                self.any_predicate = True
                raise _GiveUp("negated property set")
            if text == "(":
                self.take()
                _, inner_type = self.path()
                self.expect(")")
                has_type |= inner_type
                simple = False
            elif kind in ("iri", "pname") or (kind == "word" and text == "a"):
                self.take()
                iri = RDF_TYPE if text == "a" else self.iri((kind, text))
                self.iris.add(iri)
                has_type |= iri == RDF_TYPE
            else:
                raise _GiveUp(f"unexpected {text!r} in a property path")
            steps += 1
            if self.peek()[1] in ("*", "+", "?"):
                self.take()
                simple = False
            if self.peek()[1] in ("/", "|"):
                self.take()
                simple = False
                continue
            return simple and steps == 1 and has_type, has_type

    def objects(self, type_predicate: bool) -> None:
        while True:
            kind, text = self.peek()
            if type_predicate and kind not in ("iri", "pname"):
                self.any_class = True
            if text == "[":
                self.blank_node_properties()
            elif text == "(":
                self.collection()
            else:
                self.term()
            if self.peek()[1] == "{|":
                raise _GiveUp("annotations")
            if self.peek()[1] != ",":
                return
            self.take()

    def blank_node_properties(self) -> None:
        self.expect("[")
        if self.peek()[1] != "]":
            self.property_list()
        self.expect("]")

    def collection(self) -> None:
        self.expect("(")
        while self.peek()[1] != ")":
            if self.peek()[1] == "[":
                self.blank_node_properties()
            elif self.peek()[1] == "(":
                self.collection()
            else:
                self.term()
        self.take()

    def term(self) -> None:
        kind, text = self.take()
        if kind in ("iri", "pname"):
            self.iris.add(self.iri((kind, text)))
        elif kind == "string":
            if self.peek()[0] == "lang":
                self.take()
            elif self.peek()[1] == "^^":
                self.take()
                self.term()
        elif kind in ("var", "bnode", "number") or (
            kind == "word" and text.lower() in ("true", "false")
        ):
            pass
        elif text in ("-", "+") and self.peek()[0] == "number":
            self.take()
        else:
            raise _GiveUp(f"unexpected {text!r} where a term was expected")


def analyse(query: str) -> QueryScope | None:
    """The scope of one SELECT query, or None when it cannot be bounded."""
    parser = _Parser(_tokens(query)) if query else None
    if parser is None:
        return None
    try:
        parser.query()
    except (_GiveUp, IndexError):
        return None
    return QueryScope(frozenset(parser.iris), parser.any_predicate, parser.any_class)


def triple_filter(queries: Iterable[str]) -> TripleFilter | None:
    """The union of what ``queries`` can read, or None (keep everything) if any is unbounded."""
    iris: set[str] = set()
    any_class = False
    for query in queries:
        scope = analyse(query)
        if scope is None or scope.any_predicate:
            return None
        iris |= scope.iris
        any_class |= scope.any_class
    frozen = frozenset(iris)
    return TripleFilter(predicates=frozen, classes=None if any_class else frozen)
