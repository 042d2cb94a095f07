-- A product its member hid keeps the state it was in, so that showing it again needs no new approval when it was live.
alter table product add column hidden_from varchar(16) null;
update product set hidden_from = 'draft' where status = 'archived';
