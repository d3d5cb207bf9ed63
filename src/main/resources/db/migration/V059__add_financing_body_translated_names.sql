-- The name of a financing body in Spanish, French and Portuguese; an empty one falls back to the English name.
ALTER TABLE financing_body ADD COLUMN name_es VARCHAR(300);
ALTER TABLE financing_body ADD COLUMN name_fr VARCHAR(300);
ALTER TABLE financing_body ADD COLUMN name_pt VARCHAR(300);

UPDATE financing_body SET name_es = 'Fondo para el Medio Ambiente Mundial', name_fr = 'Fonds pour l''environnement mondial',
    name_pt = 'Fundo Global para o Meio Ambiente' WHERE code = 'GEF';
UPDATE financing_body SET name_es = 'Fondo Multilateral para la Aplicación del Protocolo de Montreal',
    name_fr = 'Fonds multilatéral aux fins d''application du Protocole de Montréal',
    name_pt = 'Fundo Multilateral para a Implementação do Protocolo de Montreal' WHERE code = 'MLF';
UPDATE financing_body SET name_es = 'Fondo de Desarrollo Industrial de la ONUDI',
    name_fr = 'Fonds de développement industriel de l''ONUDI',
    name_pt = 'Fundo de Desenvolvimento Industrial da ONUDI' WHERE code = 'IDF';
UPDATE financing_body SET name_es = 'Unión Europea', name_fr = 'Union européenne', name_pt = 'União Europeia' WHERE code = 'EU';
UPDATE financing_body SET name_es = 'Fondo Fiduciario de ALC', name_fr = 'Fonds d''affectation spéciale ALC',
    name_pt = 'Fundo Fiduciário da ALC' WHERE code = 'LACTF';
UPDATE financing_body SET name_es = 'Austria', name_fr = 'Autriche', name_pt = 'Áustria' WHERE code = 'AT';
UPDATE financing_body SET name_es = 'Alemania', name_fr = 'Allemagne', name_pt = 'Alemanha' WHERE code = 'DE';
UPDATE financing_body SET name_es = 'Italia', name_fr = 'Italie', name_pt = 'Itália' WHERE code = 'IT';
UPDATE financing_body SET name_es = 'Noruega', name_fr = 'Norvège', name_pt = 'Noruega' WHERE code = 'NO';
UPDATE financing_body SET name_es = 'Suecia', name_fr = 'Suède', name_pt = 'Suécia' WHERE code = 'SE';
UPDATE financing_body SET name_es = 'Suiza', name_fr = 'Suisse', name_pt = 'Suíça' WHERE code = 'CH';
UPDATE financing_body SET name_es = 'España', name_fr = 'Espagne', name_pt = 'Espanha' WHERE code = 'ES';
UPDATE financing_body SET name_es = 'Japón', name_fr = 'Japon', name_pt = 'Japão' WHERE code = 'JP';
UPDATE financing_body SET name_es = 'República de Corea', name_fr = 'République de Corée', name_pt = 'República da Coreia'
    WHERE code = 'KR';
