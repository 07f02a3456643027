package org.semossjdbc.orm.testmodels;

import org.semossjdbc.orm.BelongsTo;
import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;

/** The child side: holds author_id. */
public class Book extends SemossModel {
    public static final Finder<Book> find = SemossModel.finder(Book.class);

    public static final String COLUMNS = "id {pk}, title VARCHAR(200), author_id BIGINT";

    @Id public Long id;
    public String title;
    public Long authorId;
    public final BelongsTo<Author> author = belongsTo(Author.class, "authorId");

    public Book() {
    }

    public Book(String title, Long authorId) {
        this.title = title;
        this.authorId = authorId;
    }
}
