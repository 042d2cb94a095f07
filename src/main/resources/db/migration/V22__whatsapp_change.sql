-- A member's new WhatsApp number waits here until an admin confirms it; the number in use stays until then.
alter table member add column whatsapp_requested varchar(20) null, add column whatsapp_requested_at timestamp(6) null;
