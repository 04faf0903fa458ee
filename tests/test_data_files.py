"""Every language data file in src/presskz/data parses through the one loader (kk.data)."""
import pytest

from presskz.kk.data import DATA_DIR, DataFileError, data_files, read_list, read_table, read_tsv

FILES = data_files()


def test_every_data_file_is_found():
    assert len(FILES) >= 60 and "abbreviations.txt" in FILES and "gazetteers/surnames.txt" in FILES


@pytest.mark.parametrize("name", FILES)
def test_data_file_parses_with_a_header_and_rows(name):
    columns, rows = read_table(name)
    assert rows and len(columns) == len(rows[0]) and all(name.strip() for name in columns)


@pytest.mark.parametrize("name", FILES)
def test_data_file_cells_have_no_stray_spaces_and_only_notes_are_blank(name):
    for row in read_tsv(name):
        assert all(value == value.strip() for value in row.values()), row
        assert all(value or column == "note" for column, value in row.items()), row


def test_a_row_with_a_missing_cell_is_an_error_naming_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "broken.tsv").write_text("# comment\nword\tkind\nбір\tx\nекі\n", encoding="utf-8")
    monkeypatch.setattr("presskz.kk.data.DATA_DIR", tmp_path)
    with pytest.raises(DataFileError, match=r"broken.tsv:4: 1 fields, header has 2"):
        read_table("broken.tsv")


def test_the_header_is_the_first_line_that_is_not_a_comment():
    # the comment lines of abbreviations.txt follow its header; numeral_stopwords.txt's precede it
    assert read_table("abbreviations.txt")[0] == {"abbreviation": 0, "kind": 1, "numbers": 2}
    assert "word" not in read_list("numeral_stopwords.txt") and "үшін" in read_list("numeral_stopwords.txt")


def test_readmes_are_not_data_files():
    assert (DATA_DIR / "gazetteers" / "README.md").is_file()
    assert not any(name.endswith(".md") for name in FILES)
