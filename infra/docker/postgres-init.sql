-- One database and one owner per service: no service can read another's tables.
CREATE USER member WITH PASSWORD 'member';
CREATE DATABASE member OWNER member;
CREATE USER curriculum WITH PASSWORD 'curriculum';
CREATE DATABASE curriculum OWNER curriculum;
CREATE USER funding WITH PASSWORD 'funding';
CREATE DATABASE funding OWNER funding;
CREATE USER reporting WITH PASSWORD 'reporting';
CREATE DATABASE reporting OWNER reporting;
