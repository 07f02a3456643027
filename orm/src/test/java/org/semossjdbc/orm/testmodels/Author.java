package org.semossjdbc.orm.testmodels;

import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.HasMany;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;

/** The parent side of a one-to-many relation. */
public class Author extends SemossModel {
    public static final Finder<Author> find = SemossModel.finder(Author.class);

    public static final String COLUMNS = "id {pk}, name VARCHAR(100)";

    @Id public Long id;
    public String name;
    public final HasMany<Book> books = hasMany(Book.class);

    public Author() {
    }

    public Author(String name) {
        this.name = name;
    }
}
