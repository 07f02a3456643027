package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.Author;
import org.semossjdbc.orm.testmodels.Book;

/** belongsTo / hasMany: lazy loading, caching, and eager {@code include} without N+1 queries. */
class RelationsTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    /**
     * 120 authors (ids 1..120, named "author i" for i = id - 1); author i has i % 4 books. Written as fixture SQL
     * straight to the database: these tests are about reading relations, and the insert paths have their own suites.
     */
    private static void seed(TestBackend backend) {
        backend.use();
        backend.createTable("author", Author.COLUMNS);
        backend.createTable("book", Book.COLUMNS);
        StringBuilder authors = new StringBuilder("INSERT INTO author (id, name) VALUES ");
        StringBuilder books = new StringBuilder("INSERT INTO book (title, author_id) VALUES ");
        boolean firstBook = true;
        for (int i = 0; i < 120; i++) {
            authors.append(i == 0 ? "" : ", ").append("(").append(i + 1).append(", 'author ").append(i).append("')");
            for (int b = 0; b < i % 4; b++) {
                books.append(firstBook ? "" : ", ").append("('book ").append(i).append('.').append(b).append("', ")
                        .append(i + 1).append(')');
                firstBook = false;
            }
        }
        backend.ddl(authors.toString(), books.toString());
        backend.resetLog();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void includeLoadsAHundredParentsAndTheirChildrenInTwoSelects(TestBackend backend) {
        seed(backend);
        List<Author> authors = Author.find.include("books").limit(100).all();
        assertEquals(100, authors.size());
        int books = 0;
        for (Author author : authors) {
            assertTrue(author.books.isLoaded());
            int index = Integer.parseInt(author.name.substring("author ".length()));
            assertEquals(index % 4, author.books.get().size(), author.name);
            for (Book book : author.books.get()) {
                assertTrue(book.title.startsWith("book " + index + "."), book.title);
            }
            books += author.books.get().size();
        }
        assertEquals(150, books);
        List<String> selects = backend.selectsSent();
        assertEquals(2, selects.size(), "no N+1: " + selects);
        assertTrue(selects.get(1).toUpperCase(Locale.ROOT).contains(" IN ("), selects.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void includeBelongsToLoadsParentsInOneQuery(TestBackend backend) {
        seed(backend);
        List<Book> books = Book.find.include("author").all();
        assertEquals(180, books.size());
        for (Book book : books) {
            assertTrue(book.author.isLoaded());
            assertEquals(book.authorId, book.author.get().orElseThrow().id);
        }
        assertEquals(2, backend.selectsSent().size(), backend.selectsSent().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void lazyLoadingQueriesOnceAndFollowsKeyChanges(TestBackend backend) {
        seed(backend);
        Book book = Book.find.where("title", "book 3.2").first().orElseThrow();
        assertFalse(book.author.isLoaded());
        assertEquals("author 3", book.author.get().orElseThrow().name);
        assertEquals("author 3", book.author.get().orElseThrow().name);
        assertEquals(2, backend.selectsSent().size(), "book, then its author once");

        Author other = Author.find.where("name", "author 7").first().orElseThrow();
        book.author.set(other);
        assertEquals(other.id, book.authorId);
        book.save();
        assertEquals(4, other.books.get().size(), "7 % 4 = 3 books plus the moved one; SQL: " + backend.executed());
        book.authorId = Author.find.where("name", "author 1").first().orElseThrow().id;
        assertEquals("author 1", book.author.get().orElseThrow().name, "a changed key loads the new parent");

        Author author = Author.find.where("name", "author 2").first().orElseThrow();
        assertEquals(2, author.books.query().where("title", "LIKE", "book 2.%").count());
        assertEquals(List.of("book 2.1"), author.books.query().orderBy("-title").limit(1).pluck("title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void parentsWithoutChildrenGetEmptyLists(TestBackend backend) {
        seed(backend);
        List<Author> authors = Author.find.whereIn("name", List.of("author 0", "author 4")).include("books").all();
        assertEquals(2, authors.size());
        backend.resetLog();
        for (Author author : authors) {
            assertTrue(author.books.get().isEmpty());
        }
        assertTrue(backend.selectsSent().isEmpty(), "no lazy query after include");
    }
}
