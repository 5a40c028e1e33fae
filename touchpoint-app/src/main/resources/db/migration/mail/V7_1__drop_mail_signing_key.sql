-- Unsubscribe link keys now live in the shared signing_key table (V0_2).
drop table mail_signing_key;
