META = dict(
    slug='breast-abscess', title='Breast abscess', system='Breast',
    forms=['txt'], rid='28815',
    authors=['Niamh Gallagher', 'Ravi Subramanian'], citation_authors='Gallagher N, Subramanian R, et al',
    accessed='6 Mar 2026', created='30 Apr 2014', revised='9 Jan 2026', revisions=(27, 12),
    tags=['breast', 'infection', 'ultrasound'], synonyms_meta=['Breast abscesses', 'Mammary abscess'],
    description='A breast abscess is a localised collection of pus within the breast.',
    related_head='Breast infection and inflammation', related=['Mastitis', 'Idiopathic granulomatous mastitis', 'Inflammatory breast cancer', 'Galactocele'],
    cases=['Lactational breast abscess'],
    refs=[('Trop I, Dugas A, David J et al. Breast Abscesses: Evidence-Based Algorithms for Diagnosis, Management, and Follow-up. Radiographics. 2011;31(6):1683-99.', '10.1148/rg.316115521', '21997989'),
          ('Dixon JM. Breast Abscess. Br J Hosp Med (Lond). 2007;68(6):315-20.', '10.12968/hmed.2007.68.6.23571', '17639835')],
)

BODY = r'''
A **breast abscess** is a localised collection of pus within the breast, most often developing as a complication of [mastitis](mastitis). Abscesses are conventionally divided into **lactational (puerperal)** and **non-lactational (non-puerperal)** types, which differ in their demographics, microbiology and behaviour{{1}}.

## Epidemiology

Lactational mastitis affects up to one in five breastfeeding women, and roughly 3-11% of these go on to develop an abscess. Lactational abscesses classically occur within the first 12 weeks post-partum, or at weaning.

Non-lactational abscesses are now more common than lactational ones in many breast units. They are usually seen in women aged 30-60 years and can be subdivided by location into central (periareolar or subareolar) and peripheral abscesses. Risk factors for non-lactational abscess include:

- cigarette smoking: strongly associated with periductal mastitis and subareolar abscess, and present in around 90% of affected women
- diabetes mellitus
- obesity
- nipple piercing
- immunosuppression, including corticosteroid use

Breast abscesses are uncommon in men, in whom a subareolar abscess is the typical form; they are also associated with smoking.

## Clinical presentation

The patient typically presents with a painful, tender, erythematous lump, often with fever and malaise. Fluctuance may be absent, especially in deep abscesses, so clinical examination alone underestimates the presence and size of a collection. Recurrent subareolar abscess may drain spontaneously at the areolar margin, forming a **mammary duct fistula** (Zuska disease). Central abscesses may also be accompanied by nipple retraction or nipple discharge.

## Pathology

Staphylococcus aureus is the most common organism, particularly in lactational abscesses; methicillin-resistant S. aureus (MRSA) is increasingly isolated. Non-lactational abscesses are more frequently polymicrobial, with anaerobic bacteria such as Bacteroides, peptostreptococci and enterococci. In lactational abscess, bacteria enter via cracked nipples and infect stagnant milk, while non-lactational central abscesses arise from periductal inflammation and squamous metaplasia of the lactiferous ducts with keratin plugging.

## Radiographic features

Ultrasound is the imaging modality of choice, allowing both diagnosis and image-guided drainage. Mammography is often too painful in the acute setting and has limited value in young or lactating women, but it should be performed after resolution in women over 35-40 years to exclude an underlying malignancy.

### Ultrasound

Typical features include:

!runon
- an irregular or oval hypoechoic to anechoic collection with internal echoes, debris or fluid-fluid levels
- posterior acoustic enhancement
- a thick, echogenic, hyperaemic wall, often with increased vascularity on colour Doppler in the wall and surrounding tissue but no internal flow
- echogenic, oedematous surrounding fat and thickened overlying skin
- reactive axillary lymphadenopathy

Gentle compression may demonstrate movement of the contents ("swirling"), confirming fluid. Gas within the collection, appearing as bright echogenic foci with dirty shadowing, is uncommon. In early mastitis without a collection, ultrasound shows only increased echogenicity of the fat and skin thickening, and a repeat scan after 48-72 hours is advisable if symptoms fail to settle on antibiotics.

### Mammography

On mammography, an abscess appears as an ill-defined or partly circumscribed mass or asymmetry with overlying skin thickening and trabecular thickening from oedema. The appearance is non-specific and may simulate a carcinoma.

### MRI

MRI is rarely needed. When performed, the abscess is a rim-enhancing collection with central T2 hyperintensity and marked restricted diffusion of the pus, surrounded by oedema.

## Treatment and prognosis

Needle aspiration or percutaneous drainage under ultrasound guidance, combined with antibiotics, has largely replaced surgical incision and drainage as first-line treatment. Repeated aspiration every 2-3 days may be required. Abscesses larger than 3 cm may respond better to catheter drainage than to needle aspiration alone. Surgical drainage is reserved for very large or multiloculated collections, thinning or necrotic overlying skin, or failure of percutaneous treatment. Breastfeeding can usually continue from the unaffected side and, in most cases, from the affected side as well.

Recurrence is considerably more frequent with non-lactational abscesses, especially in smokers, and definitive treatment of recurrent subareolar disease is excision of the major ducts (Hadfield procedure).

## Differential diagnosis

The main imaging differentials include:

- [inflammatory breast cancer](inflammatory-breast-cancer): must be considered if symptoms do not resolve with antibiotics; skin thickening without a drainable collection
- [idiopathic granulomatous mastitis](idiopathic-granulomatous-mastitis): multiple hypoechoic tubular collections with fistulous tracts, often in parous women a few years after pregnancy
- [galactocele](galactocele): milk-filled cyst in a lactating woman, usually without inflammatory signs
- necrotic carcinoma, including triple-negative and high-grade tumours that can mimic a complex cyst
- haematoma and [fat necrosis](fat-necrosis-of-the-breast) after trauma or surgery
- infected sebaceous or epidermal inclusion cyst: located within the skin
'''

S = 'breast abscess'
T = 'Breast abscess'
FACTS = [
    ('definition', S, '', 'localised collection of pus within the breast', 'is a localised collection of pus within the breast'),
    ('association', S, 'mastitis', 'mastitis', 'most often developing as a complication of mastitis', {'g': 'cause'}),
    ('classification', S, 'lactational (puerperal)', 'lactational (puerperal)', 'Abscesses are conventionally divided into lactational (puerperal) and non-lactational (non-puerperal) types', {'g': 'type of breast abscess'}),
    ('classification', S, 'non-lactational (non-puerperal)', 'non-lactational (non-puerperal)', 'Abscesses are conventionally divided into lactational (puerperal) and non-lactational (non-puerperal) types', {'g': 'type of breast abscess'}),
    ('percentage', 'lactational mastitis', 'breastfeeding women affected', 'up to one in five', 'Lactational mastitis affects up to one in five breastfeeding women'),
    ('percentage', 'lactational mastitis', 'progression to abscess', '3-11%', 'roughly 3-11% of these go on to develop an abscess'),
    ('age', 'lactational breast abscess', 'timing', 'first 12 weeks post-partum, or at weaning', 'Lactational abscesses classically occur within the first 12 weeks post-partum, or at weaning.'),
    ('statement', 'non-lactational breast abscess', '', 'more common', 'Non-lactational abscesses are now more common than lactational ones in many breast units.'),
    ('age', 'non-lactational breast abscess', 'typical age', '30-60 years', 'They are usually seen in women aged 30-60 years'),
    ('classification', 'non-lactational breast abscess', 'central (periareolar or subareolar)', 'central (periareolar or subareolar)', 'can be subdivided by location into central (periareolar or subareolar) and peripheral abscesses', {'g': 'location'}),
    ('classification', 'non-lactational breast abscess', 'peripheral', 'peripheral', 'can be subdivided by location into central (periareolar or subareolar) and peripheral abscesses', {'g': 'location'}),
    ('association', 'non-lactational breast abscess', 'cigarette smoking', 'cigarette smoking', 'cigarette smoking: strongly associated with periductal mastitis and subareolar abscess', {'g': 'risk factor'}),
    ('percentage', 'subareolar abscess', 'smokers', 'around 90%', 'present in around 90% of affected women'),
    ('association', 'non-lactational breast abscess', 'diabetes mellitus', 'diabetes mellitus', 'diabetes mellitus', {'g': 'risk factor'}),
    ('association', 'non-lactational breast abscess', 'obesity', 'obesity', 'obesity', {'g': 'risk factor'}),
    ('association', 'non-lactational breast abscess', 'nipple piercing', 'nipple piercing', 'nipple piercing', {'g': 'risk factor'}),
    ('association', 'non-lactational breast abscess', 'immunosuppression', 'immunosuppression, including corticosteroid use', 'immunosuppression, including corticosteroid use', {'g': 'risk factor'}),
    ('statement', 'breast abscess in men', '', 'subareolar abscess', 'Breast abscesses are uncommon in men, in whom a subareolar abscess is the typical form'),
    ('association', S, 'painful erythematous lump', 'painful, tender, erythematous lump', 'The patient typically presents with a painful, tender, erythematous lump, often with fever and malaise.', {'g': 'presentation'}),
    ('association', S, 'fever and malaise', 'fever and malaise', 'often with fever and malaise', {'g': 'presentation'}),
    ('statement', S, 'fluctuance', 'may be absent', 'Fluctuance may be absent, especially in deep abscesses, so clinical examination alone underestimates the presence and size of a collection.'),
    ('synonym', 'mammary duct fistula', '', 'Zuska disease', 'forming a mammary duct fistula (Zuska disease)'),
    ('association', 'recurrent subareolar abscess', 'mammary duct fistula', 'mammary duct fistula', 'Recurrent subareolar abscess may drain spontaneously at the areolar margin, forming a mammary duct fistula', {'g': 'complication'}),
    ('association', 'central breast abscess', 'nipple retraction or nipple discharge', 'nipple retraction or nipple discharge', 'Central abscesses may also be accompanied by nipple retraction or nipple discharge.', {'g': 'presentation'}),
    ('rank', S, 'Staphylococcus aureus', 'most common', 'Staphylococcus aureus is the most common organism, particularly in lactational abscesses', {'g': 'organism'}),
    ('statement', S, 'MRSA', 'increasingly isolated', 'methicillin-resistant S. aureus (MRSA) is increasingly isolated'),
    ('statement', 'non-lactational breast abscess', 'microbiology', 'polymicrobial', 'Non-lactational abscesses are more frequently polymicrobial, with anaerobic bacteria such as Bacteroides, peptostreptococci and enterococci.'),
    ('statement', 'lactational breast abscess', 'pathogenesis', 'cracked nipples', 'bacteria enter via cracked nipples and infect stagnant milk'),
    ('statement', 'non-lactational central abscess', 'pathogenesis', 'squamous metaplasia of the lactiferous ducts', 'non-lactational central abscesses arise from periductal inflammation and squamous metaplasia of the lactiferous ducts with keratin plugging'),
    ('statement', S, 'imaging modality of choice', 'ultrasound', 'Ultrasound is the imaging modality of choice, allowing both diagnosis and image-guided drainage.'),
    ('threshold', S, 'age for follow-up mammography', 'over 35-40 years', 'it should be performed after resolution in women over 35-40 years to exclude an underlying malignancy', {'a': 'mammography after resolution to exclude malignancy'}),
    ('appearance', S, '', 'irregular or oval hypoechoic to anechoic collection with internal echoes, debris or fluid-fluid levels', 'an irregular or oval hypoechoic to anechoic collection with internal echoes, debris or fluid-fluid levels', {'a': 'ultrasound'}),
    ('appearance', S, '', 'posterior acoustic enhancement', 'posterior acoustic enhancement', {'a': 'ultrasound'}),
    ('appearance', S, 'wall', 'thick, echogenic, hyperaemic wall', 'a thick, echogenic, hyperaemic wall', {'a': 'ultrasound'}),
    ('appearance', S, '', 'increased vascularity in the wall and surrounding tissue but no internal flow', 'often with increased vascularity on colour Doppler in the wall and surrounding tissue but no internal flow', {'a': 'colour Doppler'}),
    ('appearance', S, 'surroundings', 'echogenic, oedematous surrounding fat and thickened overlying skin', 'echogenic, oedematous surrounding fat and thickened overlying skin', {'a': 'ultrasound'}),
    ('appearance', S, '', 'reactive axillary lymphadenopathy', 'reactive axillary lymphadenopathy', {'a': 'ultrasound'}),
    ('sign', 'fluid within a breast abscess', 'swirling', 'swirling', 'Gentle compression may demonstrate movement of the contents ("swirling"), confirming fluid.'),
    ('appearance', S, 'gas', 'bright echogenic foci with dirty shadowing', 'Gas within the collection, appearing as bright echogenic foci with dirty shadowing, is uncommon.', {'a': 'ultrasound'}),
    ('appearance', S, '', 'ill-defined or partly circumscribed mass or asymmetry with overlying skin thickening and trabecular thickening', 'an abscess appears as an ill-defined or partly circumscribed mass or asymmetry with overlying skin thickening and trabecular thickening from oedema', {'a': 'mammography'}),
    ('appearance', 'mastitis without abscess', '', 'increased echogenicity of the fat and skin thickening', 'In early mastitis without a collection, ultrasound shows only increased echogenicity of the fat and skin thickening', {'a': 'ultrasound'}),
    ('threshold', 'mastitis', 'repeat ultrasound', 'after 48-72 hours', 'a repeat scan after 48-72 hours is advisable if symptoms fail to settle on antibiotics', {'a': 'timing of repeat scan if symptoms persist'}),
    ('statement', S, 'mammography', 'may simulate a carcinoma', 'The appearance is non-specific and may simulate a carcinoma.'),
    ('appearance', S, '', 'rim-enhancing collection', 'the abscess is a rim-enhancing collection with central T2 hyperintensity and marked restricted diffusion of the pus', {'a': 'MRI T1 C+'}),
    ('appearance', S, '', 'central T2 hyperintensity', 'a rim-enhancing collection with central T2 hyperintensity', {'a': 'T2'}),
    ('appearance', S, '', 'marked restricted diffusion', 'marked restricted diffusion of the pus', {'a': 'DWI'}),
    ('statement', S, 'first-line treatment', 'needle aspiration or percutaneous drainage under ultrasound guidance', 'Needle aspiration or percutaneous drainage under ultrasound guidance, combined with antibiotics, has largely replaced surgical incision and drainage as first-line treatment.'),
    ('threshold', S, 'repeat aspiration interval', 'every 2-3 days', 'Repeated aspiration every 2-3 days may be required.', {'a': 'interval for repeat aspiration'}),
    ('threshold', S, 'size', 'larger than 3 cm', 'Abscesses larger than 3 cm may respond better to catheter drainage than to needle aspiration alone.', {'a': 'favours catheter drainage over needle aspiration'}),
    ('statement', S, 'surgical drainage', 'multiloculated', 'Surgical drainage is reserved for very large or multiloculated collections, thinning or necrotic overlying skin, or failure of percutaneous treatment.'),
    ('statement', 'lactational breast abscess', 'breastfeeding', 'can usually continue', 'Breastfeeding can usually continue from the unaffected side'),
    ('statement', 'non-lactational breast abscess', 'recurrence', 'more frequent', 'Recurrence is considerably more frequent with non-lactational abscesses, especially in smokers'),
    ('statement', 'recurrent subareolar abscess', 'definitive treatment', 'Hadfield procedure', 'definitive treatment of recurrent subareolar disease is excision of the major ducts (Hadfield procedure)'),
    ('differential', S, 'inflammatory breast cancer', 'inflammatory breast cancer', 'inflammatory breast cancer: must be considered if symptoms do not resolve with antibiotics'),
    ('differential', S, 'idiopathic granulomatous mastitis', 'idiopathic granulomatous mastitis', 'idiopathic granulomatous mastitis: multiple hypoechoic tubular collections with fistulous tracts'),
    ('differential', S, 'galactocele', 'galactocele', 'galactocele: milk-filled cyst in a lactating woman, usually without inflammatory signs'),
    ('differential', S, 'necrotic carcinoma', 'necrotic carcinoma', 'necrotic carcinoma, including triple-negative and high-grade tumours that can mimic a complex cyst'),
    ('differential', S, 'haematoma', 'haematoma', 'haematoma and fat necrosis after trauma or surgery'),
    ('differential', S, 'fat necrosis', 'fat necrosis', 'haematoma and fat necrosis after trauma or surgery'),
    ('differential', S, 'infected sebaceous or epidermal inclusion cyst', 'infected sebaceous or epidermal inclusion cyst', 'infected sebaceous or epidermal inclusion cyst: located within the skin'),
]
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
