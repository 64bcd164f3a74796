-- AWS OU ids match ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}, so they reach 68 characters.
alter table connection_folder alter column ou_id type varchar(68);
