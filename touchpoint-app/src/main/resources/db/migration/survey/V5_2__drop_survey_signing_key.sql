-- Invitation link keys now live in the shared signing_key table (V0_2).
drop table survey_signing_key;
