-- Trainings: the public catalogue of work sessions, their dates, registrations and custom requests.
-- Not family data: visitors register with their own details, erased some time after the date.
CREATE TABLE training_session (
    id                UUID PRIMARY KEY,
    slug              VARCHAR(120) NOT NULL UNIQUE,
    title_nl          VARCHAR(200) NOT NULL,
    title_en          VARCHAR(200) NOT NULL,
    summary_nl        VARCHAR(500) NOT NULL,
    summary_en        VARCHAR(500) NOT NULL,
    description_nl    VARCHAR(4000) NOT NULL,
    description_en    VARCHAR(4000) NOT NULL,
    themes_nl         VARCHAR(300) NOT NULL,
    themes_en         VARCHAR(300) NOT NULL,
    audience          VARCHAR(100) NOT NULL,
    format            VARCHAR(20) NOT NULL,
    duration_minutes  INTEGER NOT NULL,
    group_min         INTEGER NOT NULL,
    group_max         INTEGER NOT NULL,
    language          VARCHAR(10) NOT NULL,
    price_cents       INTEGER,
    published         BOOLEAN NOT NULL,
    version           INTEGER NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE training_date (
    id                  UUID PRIMARY KEY,
    session_id          UUID NOT NULL REFERENCES training_session (id),
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    place               VARCHAR(300),
    online_url          VARCHAR(500),
    capacity            INTEGER NOT NULL,
    registration_until  DATE NOT NULL,
    version             INTEGER NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_date_session ON training_date (session_id, starts_at);
CREATE INDEX training_date_ends ON training_date (ends_at);

-- status: REGISTERED, WAITING or CANCELLED; position orders the waiting list. The cancel link's token is
-- kept as its SHA-256 hash only. Personal details become NULL once erased_at is set.
CREATE TABLE training_registration (
    id            UUID PRIMARY KEY,
    date_id       UUID NOT NULL REFERENCES training_date (id),
    token_hash    VARCHAR(64) NOT NULL UNIQUE,
    name          VARCHAR(200),
    email         VARCHAR(254),
    email_key     VARCHAR(254),
    organisation  VARCHAR(200),
    job_role      VARCHAR(200),
    needs         VARCHAR(1000),
    status        VARCHAR(12) NOT NULL,
    position      INTEGER NOT NULL,
    attended      BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX training_registration_date ON training_registration (date_id, status, position);
CREATE INDEX training_registration_email ON training_registration (date_id, email_key);

-- Requests for a session, talk or guest lecture made to measure; status NEW, IN_CONVERSATION, PLANNED, DECLINED.
CREATE TABLE training_request (
    id            UUID PRIMARY KEY,
    kind          VARCHAR(20) NOT NULL,
    institution   VARCHAR(20) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    topic         VARCHAR(1000) NOT NULL,
    preferred     VARCHAR(300),
    participants  INTEGER,
    budget        VARCHAR(200),
    question      VARCHAR(4000),
    status        VARCHAR(20) NOT NULL,
    notes         VARCHAR(4000),
    version       INTEGER NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_request_created ON training_request (created_at);

-- Spam protection: one row per registration or request, by the SHA-256 of the client address.
CREATE TABLE training_attempt (
    id            UUID PRIMARY KEY,
    address_hash  VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_attempt_address ON training_attempt (address_hash, created_at);

INSERT INTO training_session (id, slug, title_nl, title_en, summary_nl, summary_en, description_nl, description_en,
    themes_nl, themes_en, audience, format, duration_minutes, group_min, group_max, language, price_cents, published,
    version, created_at, updated_at) VALUES
('2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e01', 'twijfel-als-gereedschap', 'Twijfel als gereedschap', 'Doubt as a tool',
 'Twijfel is geen zwakte. In deze werksessie leer je twijfel te gebruiken om beter te kijken.',
 'Doubt is not a weakness. In this work session you learn to use doubt to look more closely.',
 'Wie met gezinnen werkt, twijfelt vaak. Klopt mijn beeld? Mis ik iets? Veel mensen stoppen die twijfel weg. Wij doen het andersom. We laten zien hoe je twijfel opschrijft en deelt met collega''s. Je oefent met echte situaties uit je eigen werk. Je gaat naar huis met een eenvoudige manier om twijfel elke week te bespreken.',
 'Anyone who works with families often has doubts. Is my picture right? Am I missing something? Many people push that doubt away. We do the opposite. We show how to write doubt down and share it with colleagues. You practise with real situations from your own work. You leave with a simple way to discuss doubt every week.',
 'Twijfel, reflectie', 'Doubt, reflection', 'PROFESSIONALS,MANAGERS', 'WORK_SESSION', 180, 6, 16, 'nl', 39500, TRUE, 0,
 TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00'),
('2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e02', 'jezelf-kennen-als-professional', 'Jezelf kennen als professional', 'Knowing yourself as a professional',
 'Wat neem jij mee in je werk? In deze training kijk je naar je eigen reacties.',
 'What do you bring into your work? In this training you look at your own reactions.',
 'Je eigen verhaal speelt mee in elk gesprek. Wat raakt je? Wanneer word je streng, of juist te zacht? In twee dagdelen ontdek je jouw patronen. We werken in kleine groepen en met korte oefeningen. Je leert merken wat er in jou gebeurt, zodat je rustig kunt blijven kijken naar het gezin.',
 'Your own story plays a part in every conversation. What touches you? When do you become strict, or too soft? In two half-days you discover your patterns. We work in small groups with short exercises. You learn to notice what happens in you, so you can keep looking calmly at the family.',
 'Zelfkennis, houding', 'Self-knowledge, attitude', 'PROFESSIONALS,STUDENTS', 'TRAINING', 360, 6, 12, 'nl', 69500, TRUE, 0,
 TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00'),
('2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e03', 'het-vak-van-procesregie', 'Het vak van procesregie', 'The craft of process direction',
 'Veel hulp, weinig samenhang? Leer hoe je het overzicht houdt, samen met het gezin.',
 'Lots of help, little coherence? Learn how to keep the overview, together with the family.',
 'Soms hebben gezinnen tien hulpverleners. Iedereen doet zijn best, maar niemand ziet het geheel. In deze werksessie leer je de regie te voeren zonder de baas te spelen. Je maakt samen met het gezin één plan. Je leert afspraken bewaken en lastige gesprekken voeren met andere organisaties.',
 'Sometimes families have ten care workers. Everyone does their best, but nobody sees the whole. In this work session you learn to direct the process without being the boss. You make one plan together with the family. You learn to keep track of agreements and to hold difficult conversations with other organisations.',
 'Procesregie, samenwerken', 'Process direction, cooperation', 'PROFESSIONALS,MANAGERS', 'WORK_SESSION', 240, 8, 20, 'nl', 44500, TRUE, 0,
 TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00'),
('2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e04', 'veerkracht-door-trauma-en-stresssensitief-werken', 'Veerkracht door trauma- en stresssensitief werken', 'Building resilience through trauma- and stress-sensitive work',
 'Stress verandert hoe mensen reageren. Leer wat dat betekent voor jouw gesprekken.',
 'Stress changes how people react. Learn what that means for your conversations.',
 'Ouders die veel hebben meegemaakt, reageren soms fel of trekken zich terug. Dat is geen onwil. In deze training leer je hoe stress werkt in het lichaam en in gezinnen. Je oefent met kleine dingen die veel verschil maken: voorspelbaar zijn, uitleggen wat er komt, keuzes geven. Zo groeit de veerkracht van het gezin en van jezelf.',
 'Parents who have been through a lot sometimes react fiercely or withdraw. That is not unwillingness. In this training you learn how stress works in the body and in families. You practise small things that make a big difference: being predictable, explaining what comes next, offering choices. That way the resilience of the family, and your own, grows.',
 'Trauma, stress, veerkracht', 'Trauma, stress, resilience', 'PROFESSIONALS,STUDENTS', 'TRAINING', 360, 8, 16, 'nl', 69500, TRUE, 0,
 TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00'),
('2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e05', 'ongemak-dragen-en-onrust-toelaten', 'Ongemak dragen en onrust toelaten', 'Bearing discomfort and accepting unrest',
 'Niet alles hoeft meteen opgelost. Een lezing over rust houden als het schuurt.',
 'Not everything has to be solved at once. A talk about staying calm when things chafe.',
 'Als het in een gezin onrustig wordt, willen we snel ingrijpen. Soms is dat nodig. Vaak maakt het de onrust groter. In deze lezing vertellen we hoe ons team leerde om ongemak te dragen. We delen voorbeelden uit de praktijk en wat we daarbij voelden. Daarna is er tijd voor vragen en gesprek.',
 'When things get restless in a family, we want to step in fast. Sometimes that is needed. Often it makes the unrest bigger. In this talk we tell how our team learned to bear discomfort. We share examples from practice and what we felt. Afterwards there is time for questions and conversation.',
 'Onrust, ongemak', 'Unrest, discomfort', 'PROFESSIONALS,MANAGERS,STUDENTS', 'TALK', 90, 10, 120, 'nl', NULL, TRUE, 0,
 TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00'),
('2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e06', 'cultuursensitief-werken', 'Cultuursensitief werken', 'Culture-sensitive work',
 'Elke familie heeft eigen gewoontes en waarden. Leer vragen in plaats van invullen.',
 'Every family has its own customs and values. Learn to ask instead of assume.',
 'Wat is een goede ouder? Het antwoord verschilt per familie en per cultuur. In deze gastles voor studenten kijken we naar onze eigen vanzelfsprekendheden. We oefenen met open vragen en met luisteren zonder oordeel. Je leert ook wanneer je een tolk of sleutelpersoon vraagt.',
 'What is a good parent? The answer differs per family and per culture. In this guest lecture for students we look at what we take for granted ourselves. We practise open questions and listening without judgement. You also learn when to ask for an interpreter or a key person from the community.',
 'Cultuur, diversiteit', 'Culture, diversity', 'STUDENTS', 'GUEST_LECTURE', 120, 10, 40, 'nl-en', NULL, TRUE, 0,
 TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00');
