"""One module per construction, each finding one kind of attributed quote.

Every module's docstring gives sentences it handles and one it must refuse; the tests of each are in
tests/parsing/constructions/test_<module>.py.
"""
