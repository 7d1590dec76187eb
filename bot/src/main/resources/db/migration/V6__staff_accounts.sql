-- Written for PostgreSQL; H2 runs it in PostgreSQL mode.

-- Staff accounts for the staff page: a role each (editor, publisher, admin), the password hashed by Spring
-- Security's delegating encoder (bcrypt, "{bcrypt}…"); never the password itself.
create table staff_account (
    username varchar(100) primary key,
    password_hash varchar(200) not null,
    role varchar(20) not null,
    enabled boolean not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
