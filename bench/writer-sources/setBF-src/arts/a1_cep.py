META = dict(
    slug='chronic-eosinophilic-pneumonia', title='Chronic eosinophilic pneumonia', system='Chest',
    forms=['md'], rid='9417',
    authors=['Olufemi Adeyemi', 'Claire Vautrin'], citation_authors='Adeyemi O, Vautrin C, Brennan S, et al',
    accessed='26 Feb 2026', created='9 Jan 2010', revised='5 Jan 2026', revisions=(36, 17),
    tags=['chest', 'eosinophilic lung disease', 'HRCT'], synonyms_meta=['CEP', 'Carrington disease'],
    description='Chronic eosinophilic pneumonia is an idiopathic eosinophilic lung disease.',
    related_head='Eosinophilic lung diseases', related=['Acute eosinophilic pneumonia', 'Simple pulmonary eosinophilia', 'Cryptogenic organising pneumonia',
                                                         'Eosinophilic granulomatosis with polyangiitis', 'Allergic bronchopulmonary aspergillosis'],
    cases=['Chronic eosinophilic pneumonia - photographic negative of pulmonary oedema', 'Chronic eosinophilic pneumonia on HRCT'],
    refs=[('Jeong YJ, Kim KI, Seo IJ et al. Eosinophilic Lung Diseases: A Clinical, Radiologic, and Pathologic Overview. Radiographics. 2007;27(3):617-37.', '10.1148/rg.273065051', '17495282'),
          ('Marchand E, Reynaud-Gaubert M, Lauque D et al. Idiopathic Chronic Eosinophilic Pneumonia. A Clinical and Follow-up Study of 62 Cases. Medicine (Baltimore). 1998;77(5):299-312.', '10.1097/00005792-199809000-00001', '9772920'),
          ('Gaensler EA, Carrington CB. Peripheral Opacities in Chronic Eosinophilic Pneumonia: The Photographic Negative of Pulmonary Edema. AJR Am J Roentgenol. 1977;128(1):1-13.', '10.2214/ajr.128.1.1', '401562')],
)

BODY = r'''
**Chronic eosinophilic pneumonia (CEP)** is an idiopathic condition characterised by the accumulation of eosinophils within the alveoli and interstitium, producing a subacute or chronic illness with peripheral consolidation. It is sometimes eponymously referred to as **Carrington disease**. Along with [acute eosinophilic pneumonia](acute-eosinophilic-pneumonia) and simple pulmonary eosinophilia (Löffler syndrome), it belongs to the group of eosinophilic lung diseases.

## Epidemiology

CEP is rare, accounting for fewer than 3% of cases of interstitial lung disease in most series. It is seen mainly in middle-aged adults, with a peak in the fourth and fifth decades (mean age around 45 years), and women are affected about twice as often as men. A history of asthma is present in roughly half of patients (reported range 40-60%), and in some the asthma begins around the same time as the pneumonia. Unlike most other interstitial lung diseases, the majority of patients are non-smokers.

## Clinical presentation

Onset is insidious, with symptoms typically present for several weeks to months before diagnosis (a mean of approximately 4 months). Patients complain of cough, progressive breathlessness, fever, night sweats, malaise and weight loss. Wheeze is common in those with asthma. The illness is often initially treated as a community-acquired pneumonia that fails to respond to antibiotics.

Laboratory findings include:

- peripheral blood eosinophilia, found in around 80-90% of patients
- elevated serum IgE in about half
- a raised ESR and C-reactive protein
- bronchoalveolar lavage (BAL) eosinophilia, usually greater than 25% and often exceeding 40% of cells, which is the key diagnostic test

Importantly, a normal blood eosinophil count (particularly in a patient already taking steroids) does not exclude the diagnosis.

## Pathology

Histology shows filling of alveolar spaces with eosinophils and macrophages, with an accompanying interstitial eosinophilic infiltrate. Eosinophilic microabscesses may be present, and a degree of organising pneumonia is common; these overlapping features account for the imaging similarity with cryptogenic organising pneumonia. There is no granulomatous vasculitis or necrosis, distinguishing it from eosinophilic granulomatosis with polyangiitis. Because BAL is so characteristic, lung biopsy is rarely required.

The diagnosis requires the exclusion of known causes of eosinophilic lung disease, including parasitic infection, fungal disease such as [allergic bronchopulmonary aspergillosis](allergic-bronchopulmonary-aspergillosis), and drug reactions.

## Radiographic features

### Plain radiograph

The classic appearance is of bilateral, non-segmental, peripheral air-space consolidation with an upper zone predominance. This pattern, with sparing of the perihilar lung, has been described as the **"photographic negative of pulmonary oedema"**, a sign reported in only about one-quarter to one-third of patients but highly suggestive when present. The opacities are typically fleeting or migratory when untreated and may recur in exactly the same location after treatment. Pleural effusions are uncommon (under 10%), and cavitation is not a feature.

### CT

CT is more sensitive than radiography and shows the peripheral distribution in most patients, even when it is not apparent on the chest film:

- peripheral, predominantly upper and mid zone consolidation
- ground-glass opacity, often surrounding areas of consolidation
- band-like opacities parallel to the pleural surface in the later or resolving phase
- a [reversed halo sign](reversed-halo-sign) occasionally
- mild mediastinal lymphadenopathy in a minority

Findings change with the duration of symptoms: consolidation predominates in the first weeks, whereas linear and band-like opacities become more prominent after about two months. Septal thickening and crazy-paving, which dominate acute eosinophilic pneumonia, are much less prominent.

## Treatment and prognosis

The response to oral corticosteroids is dramatic and virtually diagnostic: symptoms improve within 48 hours, and radiographic opacities clear within days to a few weeks. However, relapse occurs in over half of patients when steroids are tapered or stopped, so many require prolonged low-dose therapy; recurrences usually remain steroid-responsive. Inhaled corticosteroids and biologic agents targeting interleukin-5 (e.g. mepolizumab) are used as steroid-sparing options. Prognosis is excellent and progression to fibrosis is rare.

## Differential diagnosis

Considerations on imaging include:

- [cryptogenic organising pneumonia](cryptogenic-organising-pneumonia): similar peripheral consolidation but more often lower zone and peribronchovascular; BAL shows lymphocytosis rather than eosinophilia
- acute eosinophilic pneumonia: acute onset (less than a month) with respiratory failure, septal thickening and pleural effusions; blood eosinophilia often absent at presentation
- simple pulmonary eosinophilia (Löffler syndrome): transient, migratory opacities with few symptoms, often related to parasites
- eosinophilic granulomatosis with polyangiitis: asthma, sinusitis, vasculitis involving other organs
- chronic infection, e.g. tuberculosis or fungal pneumonia
- pulmonary lymphoma and adenocarcinoma with a lepidic pattern, if the consolidation persists
'''

S = 'chronic eosinophilic pneumonia'
T = 'Chronic eosinophilic pneumonia'
FACTS = [
    ('synonym', T, '', 'CEP', 'Chronic eosinophilic pneumonia (CEP)'),
    ('synonym', T, '', 'Carrington disease', 'It is sometimes eponymously referred to as Carrington disease.'),
    ('definition', S, '', 'idiopathic condition characterised by the accumulation of eosinophils within the alveoli and interstitium', 'is an idiopathic condition characterised by the accumulation of eosinophils within the alveoli and interstitium'),
    ('classification', 'eosinophilic lung diseases', S, 'chronic eosinophilic pneumonia', 'it belongs to the group of eosinophilic lung diseases', {'g': 'eosinophilic lung diseases'}),
    ('percentage', S, 'share of interstitial lung disease', 'fewer than 3%', 'accounting for fewer than 3% of cases of interstitial lung disease'),
    ('age', S, 'peak', 'fourth and fifth decades', 'with a peak in the fourth and fifth decades'),
    ('age', S, 'mean age', 'around 45 years', 'mean age around 45 years'),
    ('sex_ratio', S, '', 'F:M 2:1', 'women are affected about twice as often as men'),
    ('percentage', S, 'history of asthma', 'roughly half (40-60%)', 'A history of asthma is present in roughly half of patients (reported range 40-60%)'),
    ('association', S, 'asthma', 'asthma', 'A history of asthma is present in roughly half of patients', {'g': 'association'}),
    ('statement', S, 'smoking', 'non-smokers', 'the majority of patients are non-smokers'),
    ('statement', S, 'duration before diagnosis', 'approximately 4 months', 'a mean of approximately 4 months'),
    ('association', S, 'cough', 'cough', 'Patients complain of cough, progressive breathlessness, fever, night sweats, malaise and weight loss.', {'g': 'presentation'}),
    ('association', S, 'progressive breathlessness', 'progressive breathlessness', 'Patients complain of cough, progressive breathlessness, fever, night sweats, malaise and weight loss.', {'g': 'presentation'}),
    ('association', S, 'fever', 'fever', 'Patients complain of cough, progressive breathlessness, fever, night sweats, malaise and weight loss.', {'g': 'presentation'}),
    ('association', S, 'night sweats', 'night sweats', 'Patients complain of cough, progressive breathlessness, fever, night sweats, malaise and weight loss.', {'g': 'presentation'}),
    ('association', S, 'weight loss', 'weight loss', 'Patients complain of cough, progressive breathlessness, fever, night sweats, malaise and weight loss.', {'g': 'presentation'}),
    ('statement', S, '', 'fails to respond to antibiotics', 'The illness is often initially treated as a community-acquired pneumonia that fails to respond to antibiotics.'),
    ('percentage', S, 'peripheral blood eosinophilia', '80-90%', 'peripheral blood eosinophilia, found in around 80-90% of patients'),
    ('percentage', S, 'elevated serum IgE', 'about half', 'elevated serum IgE in about half'),
    ('threshold', S, 'BAL eosinophilia', 'greater than 25%', 'bronchoalveolar lavage (BAL) eosinophilia, usually greater than 25% and often exceeding 40% of cells', {'a': 'diagnostic BAL eosinophil fraction'}),
    ('statement', S, 'key diagnostic test', 'bronchoalveolar lavage', 'which is the key diagnostic test'),
    ('statement', S, 'normal blood eosinophil count', 'does not exclude', 'a normal blood eosinophil count (particularly in a patient already taking steroids) does not exclude the diagnosis'),
    ('statement', S, 'histology', 'eosinophils and macrophages', 'Histology shows filling of alveolar spaces with eosinophils and macrophages'),
    ('statement', S, 'histology', 'eosinophilic microabscesses', 'Eosinophilic microabscesses may be present'),
    ('statement', S, 'histology', 'no granulomatous vasculitis or necrosis', 'There is no granulomatous vasculitis or necrosis, distinguishing it from eosinophilic granulomatosis with polyangiitis.'),
    ('statement', S, 'lung biopsy', 'rarely required', 'Because BAL is so characteristic, lung biopsy is rarely required.'),
    ('statement', S, 'diagnosis of exclusion', 'parasitic infection', 'The diagnosis requires the exclusion of known causes of eosinophilic lung disease, including parasitic infection'),
    ('appearance', S, '', 'bilateral, non-segmental, peripheral air-space consolidation with an upper zone predominance', 'The classic appearance is of bilateral, non-segmental, peripheral air-space consolidation with an upper zone predominance.', {'a': 'plain radiograph'}),
    ('sign', S, 'photographic negative of pulmonary oedema', 'photographic negative of pulmonary oedema', 'has been described as the "photographic negative of pulmonary oedema"'),
    ('percentage', S, 'photographic negative of pulmonary oedema sign', 'about one-quarter to one-third', 'a sign reported in only about one-quarter to one-third of patients'),
    ('appearance', S, 'untreated', 'fleeting or migratory', 'The opacities are typically fleeting or migratory when untreated', {'a': 'plain radiograph'}),
    ('statement', S, 'recurrence', 'same location', 'may recur in exactly the same location after treatment'),
    ('percentage', S, 'pleural effusions', 'under 10%', 'Pleural effusions are uncommon (under 10%)'),
    ('statement', S, 'cavitation', 'not a feature', 'cavitation is not a feature'),
    ('statement', S, 'CT', 'more sensitive', 'CT is more sensitive than radiography'),
    ('appearance', S, '', 'peripheral, predominantly upper and mid zone consolidation', 'peripheral, predominantly upper and mid zone consolidation', {'a': 'CT'}),
    ('appearance', S, '', 'ground-glass opacity', 'ground-glass opacity, often surrounding areas of consolidation', {'a': 'CT'}),
    ('appearance', S, 'later or resolving phase', 'band-like opacities parallel to the pleural surface', 'band-like opacities parallel to the pleural surface in the later or resolving phase', {'a': 'CT'}),
    ('sign', S, 'reversed halo sign', 'reversed halo sign', 'a reversed halo sign occasionally'),
    ('appearance', S, '', 'mild mediastinal lymphadenopathy', 'mild mediastinal lymphadenopathy in a minority', {'a': 'CT'}),
    ('threshold', S, 'duration of symptoms', 'after about two months', 'linear and band-like opacities become more prominent after about two months', {'a': 'band-like opacities predominate over consolidation'}),
    ('statement', S, 'septal thickening and crazy-paving', 'acute eosinophilic pneumonia', 'Septal thickening and crazy-paving, which dominate acute eosinophilic pneumonia, are much less prominent.'),
    ('statement', S, 'treatment', 'oral corticosteroids', 'The response to oral corticosteroids is dramatic and virtually diagnostic'),
    ('threshold', S, 'symptom improvement on steroids', 'within 48 hours', 'symptoms improve within 48 hours', {'a': 'expected response to corticosteroids'}),
    ('percentage', S, 'relapse', 'over half', 'relapse occurs in over half of patients when steroids are tapered or stopped'),
    ('statement', S, 'steroid-sparing therapy', 'mepolizumab', 'biologic agents targeting interleukin-5 (e.g. mepolizumab) are used as steroid-sparing options'),
    ('statement', S, 'prognosis', 'excellent', 'Prognosis is excellent and progression to fibrosis is rare.'),
    ('differential', S, 'cryptogenic organising pneumonia', 'cryptogenic organising pneumonia', 'cryptogenic organising pneumonia: similar peripheral consolidation but more often lower zone and peribronchovascular'),
    ('differential', S, 'acute eosinophilic pneumonia', 'acute eosinophilic pneumonia', 'acute eosinophilic pneumonia: acute onset (less than a month) with respiratory failure, septal thickening and pleural effusions'),
    ('differential', S, 'simple pulmonary eosinophilia', 'simple pulmonary eosinophilia (Löffler syndrome)', 'simple pulmonary eosinophilia (Löffler syndrome): transient, migratory opacities with few symptoms'),
    ('differential', S, 'eosinophilic granulomatosis with polyangiitis', 'eosinophilic granulomatosis with polyangiitis', 'eosinophilic granulomatosis with polyangiitis: asthma, sinusitis, vasculitis involving other organs'),
    ('differential', S, 'chronic infection', 'chronic infection, e.g. tuberculosis or fungal pneumonia', 'chronic infection, e.g. tuberculosis or fungal pneumonia'),
    ('differential', S, 'pulmonary lymphoma', 'pulmonary lymphoma', 'pulmonary lymphoma and adenocarcinoma with a lepidic pattern, if the consolidation persists'),
    ('differential', S, 'adenocarcinoma with a lepidic pattern', 'adenocarcinoma with a lepidic pattern', 'pulmonary lymphoma and adenocarcinoma with a lepidic pattern, if the consolidation persists'),
    ('differential', S, 'allergic bronchopulmonary aspergillosis', 'allergic bronchopulmonary aspergillosis', 'fungal disease such as allergic bronchopulmonary aspergillosis, and drug reactions'),
    ('differential', S, 'drug reactions', 'drug reactions', 'fungal disease such as allergic bronchopulmonary aspergillosis, and drug reactions'),
]
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
