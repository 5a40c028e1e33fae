-- Texts without words (emoji only, empty) were stored with language 'und'; 'und' now means words in a language the
-- detector does not know (not analysed, like French or German), and texts without words are 'zxx' (BCP 47: no
-- linguistic content), analysed as before. A stored 'und' with letters (a script the detector did not know) stays
-- 'und' and is shown as not analysed; the next re-analysis drops the sentiment it was given.
update feedback_text t set language = 'zxx'
from feedback f
where f.id = t.feedback_id and t.language = 'und' and coalesce(f.text, '') !~ '[[:alpha:]]';
