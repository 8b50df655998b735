META = dict(
    slug='ovarian-mucinous-cystadenoma', title='Ovarian mucinous cystadenoma', system='Gynaecology',
    forms=['md'], rid='7753',
    authors=['Beatriz Camargo', 'Rhiannon Pugh'], citation_authors='Camargo B, Pugh R, Stavros A, et al',
    accessed='1 Mar 2026', created='18 Nov 2009', revised='13 Dec 2025', revisions=(61, 28),
    tags=['ovary', 'adnexal mass', 'epithelial ovarian tumour'], synonyms_meta=['Mucinous cystadenoma of the ovary', 'Ovarian mucinous cystadenomas'],
    description='Ovarian mucinous cystadenomas are benign epithelial tumours of the ovary.',
    related_head='Ovarian epithelial tumours', related=['Ovarian serous cystadenoma', 'Ovarian mucinous cystadenocarcinoma', 'Borderline ovarian tumour',
                                                        'Pseudomyxoma peritonei', 'O-RADS', 'Ovarian mature cystic teratoma'],
    cases=['Giant mucinous cystadenoma', 'Mucinous cystadenoma - stained glass appearance', 'Mucinous cystadenoma with Brenner component'],
    refs=[('Jung SE, Lee JM, Rha SE et al. CT and MR Imaging of Ovarian Tumors with Emphasis on Differential Diagnosis. Radiographics. 2002;22(6):1305-25.', '10.1148/rg.226025033', '12432104'),
          ('Marko J, Marko KI, Pachigolla SL et al. Mucinous Neoplasms of the Ovary: Radiologic-Pathologic Correlation. Radiographics. 2019;39(4):982-97.', '10.1148/rg.2019180221', '31283462'),
          ('Andreotti RF, Timmerman D, Strachowski LM et al. O-RADS US Risk Stratification and Management System. Radiology. 2020;294(1):168-85.', '10.1148/radiol.2019191150', '31687921')],
)

BODY = r'''
**Ovarian mucinous cystadenomas** are benign epithelial neoplasms of the ovary lined by mucin-secreting columnar cells. They are typically large, multilocular cystic masses and, together with their borderline and malignant counterparts, make up the mucinous group of [surface epithelial tumours](ovarian-epithelial-tumours).

## Epidemiology

Mucinous tumours account for roughly 10-15% of all ovarian neoplasms, and the overwhelming majority of them (about 80%) are benign. Mucinous cystadenomas are the second most common benign epithelial ovarian tumour after the [serous cystadenoma](ovarian-serous-cystadenoma). They occur most frequently between the third and fifth decades of life, although they may be seen at any age from adolescence onward. Smoking is a recognised risk factor, more so than for other epithelial tumours.

## Clinical presentation

Because of their often enormous size, patients commonly present with abdominal distension, a palpable mass, pressure symptoms on the bladder or bowel, or vague pelvic discomfort. Torsion or rupture may result in acute pain. Tumour markers are usually normal, although CA 19-9 and CEA may be mildly elevated; CA-125 is less useful than in serous tumours.

## Pathology

The lining epithelium resembles gastric foveolar or intestinal (endocervical-type is now classified separately) mucinous epithelium. Macroscopically these tumours are smooth-walled with numerous locules containing thick, gelatinous mucinous fluid. In contrast to serous tumours, papillary projections are uncommon.

Important points include:

- bilateral in only about 5% of cases (much less often than serous tumours, which are bilateral in around 20%)
- may reach very large sizes, commonly 15-30 cm, and some of the largest ovarian tumours ever recorded were mucinous
- may coexist with a [Brenner tumour](brenner-tumour-of-the-ovary) or a [mature cystic teratoma](ovarian-mature-cystic-teratoma)
- approximately 5% of ovarian mucinous tumours contain borderline or malignant foci, so thorough sampling is essential

A primary mucinous carcinoma of the ovary is uncommon, and any bilateral or small mucinous tumour should prompt consideration of a metastasis, particularly from the gastrointestinal tract, pancreas or appendix. Similarly, [pseudomyxoma peritonei](pseudomyxoma-peritonei) is nowadays considered to arise almost always from an appendiceal primary rather than from an ovarian mucinous tumour.

## Radiographic features

Mucinous cystadenomas characteristically appear as large, unilateral, multiloculated cystic masses with thin, regular septa and no solid components. Individual locules frequently differ in their content because of variation in mucin concentration and haemorrhage.

### Ultrasound

A large multilocular anechoic or hypoechoic cyst is seen, with numerous thin septations. Many locules contain low-level internal echoes owing to the viscous mucin, and adjacent locules of different echogenicity are typical. Septa may show some vascularity on colour Doppler, but solid papillary projections should not be present. On O-RADS ultrasound, a smooth multilocular cyst without solid components falls into O-RADS 3 if smaller than 10 cm and O-RADS 4 if 10 cm or larger.

### CT

CT demonstrates a large multiloculated cystic mass, with locules of differing attenuation, reflecting varying protein concentration. Septa are thin (less than 3 mm) and enhance. Calcification is uncommon and, when present, is usually fine and curvilinear in the wall or septa.

### MRI

MRI best demonstrates the variable signal of the locules, producing a so-called **"stained glass" appearance**:

- T1: locules vary from hypointense (watery) to hyperintense (mucin-rich or haemorrhagic)
- T2: locules are usually hyperintense, with some showing lower signal due to dense mucin
- T1 C+ (Gd): thin, smoothly enhancing septa without enhancing solid tissue
- DWI: no restricted diffusion in the septa; restriction within solid tissue is worrying for malignancy

Features favouring a borderline tumour or cystadenocarcinoma include thick or irregular septa, enhancing solid components or mural nodules, a large number of locules (a "honeycomb" of tiny locules), ascites and peritoneal implants.

## Treatment and prognosis

Surgical removal is the treatment of choice, typically by cystectomy or unilateral salpingo-oophorectomy, with care taken to avoid intraoperative rupture, which may cause spillage of mucin. Intraoperative frozen section is often performed to exclude a borderline component, and in postmenopausal women a bilateral salpingo-oophorectomy is frequently preferred. Prognosis after complete excision is excellent, and recurrence is rare.

## Differential diagnosis

General imaging differential considerations include:

- [ovarian serous cystadenoma](ovarian-serous-cystadenoma): usually unilocular or paucilocular with uniform fluid, bilateral more often
- mucinous borderline tumour or [mucinous cystadenocarcinoma](ovarian-mucinous-cystadenocarcinoma): solid components, thick septa
- ovarian metastases ([Krukenberg tumour](krukenberg-tumour)): often bilateral and solid; consider appendiceal, colorectal or pancreatic primary
- [endometrioma](endometrioma): T1 hyperintense with T2 shading, usually smaller
- cystic [granulosa cell tumour](granulosa-cell-tumour-of-the-ovary): multilocular "sponge-like" mass, often with oestrogenic effects on the endometrium
- [hydrosalpinx](hydrosalpinx): tubular structure with incomplete septa
'''

S = 'ovarian mucinous cystadenoma'
T = 'Ovarian mucinous cystadenoma'
FACTS = [
    ('definition', S, '', 'benign epithelial neoplasms of the ovary lined by mucin-secreting columnar cells', 'are benign epithelial neoplasms of the ovary lined by mucin-secreting columnar cells'),
    ('statement', S, '', 'large, multilocular cystic masses', 'They are typically large, multilocular cystic masses'),
    ('classification', 'surface epithelial tumours', 'mucinous group', 'mucinous', 'make up the mucinous group of surface epithelial tumours', {'g': 'ovarian surface epithelial tumours'}),
    ('percentage', 'ovarian mucinous tumours', 'share of all ovarian neoplasms', '10-15%', 'Mucinous tumours account for roughly 10-15% of all ovarian neoplasms'),
    ('frequency', 'ovarian mucinous tumours', 'benign', 'about 80%', 'the overwhelming majority of them (about 80%) are benign', {'g': 'benign, borderline and malignant mucinous tumours'}),
    ('rank', S, S, 'second most common', 'Mucinous cystadenomas are the second most common benign epithelial ovarian tumour after the serous cystadenoma', {'g': 'benign epithelial ovarian tumour'}),
    ('rank', S, 'serous cystadenoma', 'most common', 'the second most common benign epithelial ovarian tumour after the serous cystadenoma', {'g': 'benign epithelial ovarian tumour'}),
    ('age', S, 'peak', 'third and fifth decades', 'They occur most frequently between the third and fifth decades of life'),
    ('association', S, 'smoking', 'smoking', 'Smoking is a recognised risk factor, more so than for other epithelial tumours.', {'g': 'risk factor'}),
    ('association', S, 'abdominal distension', 'abdominal distension', 'patients commonly present with abdominal distension, a palpable mass, pressure symptoms on the bladder or bowel, or vague pelvic discomfort', {'g': 'presentation'}),
    ('association', S, 'palpable mass', 'palpable mass', 'patients commonly present with abdominal distension, a palpable mass, pressure symptoms on the bladder or bowel, or vague pelvic discomfort', {'g': 'presentation'}),
    ('association', S, 'pressure symptoms', 'pressure symptoms on the bladder or bowel', 'patients commonly present with abdominal distension, a palpable mass, pressure symptoms on the bladder or bowel, or vague pelvic discomfort', {'g': 'presentation'}),
    ('association', S, 'torsion or rupture', 'torsion or rupture', 'Torsion or rupture may result in acute pain.', {'g': 'complication'}),
    ('statement', S, 'tumour markers', 'CA 19-9 and CEA', 'Tumour markers are usually normal, although CA 19-9 and CEA may be mildly elevated'),
    ('statement', S, 'CA-125', 'less useful', 'CA-125 is less useful than in serous tumours'),
    ('statement', S, 'epithelium', 'gastric foveolar or intestinal', 'The lining epithelium resembles gastric foveolar or intestinal'),
    ('statement', S, 'macroscopic', 'thick, gelatinous mucinous fluid', 'Macroscopically these tumours are smooth-walled with numerous locules containing thick, gelatinous mucinous fluid.'),
    ('statement', S, 'papillary projections', 'uncommon', 'In contrast to serous tumours, papillary projections are uncommon.'),
    ('percentage', S, 'bilateral', 'about 5%', 'bilateral in only about 5% of cases'),
    ('percentage', 'ovarian serous cystadenoma', 'bilateral', 'around 20%', 'serous tumours, which are bilateral in around 20%'),
    ('threshold', S, 'typical size', '15-30 cm', 'may reach very large sizes, commonly 15-30 cm'),
    ('statement', S, 'size', 'largest ovarian tumours', 'some of the largest ovarian tumours ever recorded were mucinous'),
    ('association', S, 'Brenner tumour', 'Brenner tumour', 'may coexist with a Brenner tumour or a mature cystic teratoma', {'g': 'coexisting tumour'}),
    ('association', S, 'mature cystic teratoma', 'mature cystic teratoma', 'may coexist with a Brenner tumour or a mature cystic teratoma', {'g': 'coexisting tumour'}),
    ('percentage', 'ovarian mucinous tumours', 'borderline or malignant foci', 'approximately 5%', 'approximately 5% of ovarian mucinous tumours contain borderline or malignant foci'),
    ('statement', 'primary mucinous carcinoma of the ovary', '', 'uncommon', 'A primary mucinous carcinoma of the ovary is uncommon'),
    ('statement', 'bilateral or small mucinous ovarian tumour', '', 'metastasis', 'any bilateral or small mucinous tumour should prompt consideration of a metastasis, particularly from the gastrointestinal tract, pancreas or appendix'),
    ('association', 'pseudomyxoma peritonei', 'appendiceal primary', 'appendiceal primary', 'pseudomyxoma peritonei is nowadays considered to arise almost always from an appendiceal primary rather than from an ovarian mucinous tumour', {'g': 'origin'}),
    ('appearance', S, '', 'large, unilateral, multiloculated cystic masses with thin, regular septa and no solid components', 'Mucinous cystadenomas characteristically appear as large, unilateral, multiloculated cystic masses with thin, regular septa and no solid components.', {'a': 'all modalities'}),
    ('statement', S, 'locule content', 'variation in mucin concentration and haemorrhage', 'Individual locules frequently differ in their content because of variation in mucin concentration and haemorrhage.'),
    ('appearance', S, '', 'large multilocular anechoic or hypoechoic cyst with numerous thin septations', 'A large multilocular anechoic or hypoechoic cyst is seen, with numerous thin septations.', {'a': 'ultrasound'}),
    ('appearance', S, 'locules', 'low-level internal echoes', 'Many locules contain low-level internal echoes owing to the viscous mucin', {'a': 'ultrasound'}),
    ('appearance', S, 'septa', 'some vascularity', 'Septa may show some vascularity on colour Doppler', {'a': 'colour Doppler'}),
    ('threshold', S, 'smooth multilocular cyst', 'smaller than 10 cm', 'a smooth multilocular cyst without solid components falls into O-RADS 3 if smaller than 10 cm', {'a': 'O-RADS 3'}),
    ('threshold', S, 'smooth multilocular cyst', '10 cm or larger', 'O-RADS 4 if 10 cm or larger', {'a': 'O-RADS 4'}),
    ('appearance', S, '', 'large multiloculated cystic mass, with locules of differing attenuation', 'CT demonstrates a large multiloculated cystic mass, with locules of differing attenuation', {'a': 'CT'}),
    ('threshold', S, 'septal thickness', 'less than 3 mm', 'Septa are thin (less than 3 mm) and enhance.', {'a': 'thin septa (benign)'}),
    ('appearance', S, 'calcification', 'fine and curvilinear', 'Calcification is uncommon and, when present, is usually fine and curvilinear in the wall or septa.', {'a': 'CT'}),
    ('sign', S, 'stained glass appearance', 'stained glass', 'producing a so-called "stained glass" appearance'),
    ('appearance', S, 'locules', 'vary from hypointense (watery) to hyperintense (mucin-rich or haemorrhagic)', 'T1: locules vary from hypointense (watery) to hyperintense (mucin-rich or haemorrhagic)', {'a': 'T1'}),
    ('appearance', S, 'locules', 'usually hyperintense', 'T2: locules are usually hyperintense, with some showing lower signal due to dense mucin', {'a': 'T2'}),
    ('appearance', S, 'septa', 'thin, smoothly enhancing septa without enhancing solid tissue', 'T1 C+ (Gd): thin, smoothly enhancing septa without enhancing solid tissue', {'a': 'T1 C+ (Gd)'}),
    ('appearance', S, 'septa', 'no restricted diffusion', 'DWI: no restricted diffusion in the septa', {'a': 'DWI'}),
    ('statement', 'mucinous borderline tumour or cystadenocarcinoma', 'features', 'thick or irregular septa', 'Features favouring a borderline tumour or cystadenocarcinoma include thick or irregular septa, enhancing solid components or mural nodules'),
    ('sign', 'mucinous borderline tumour or cystadenocarcinoma', 'honeycomb', 'honeycomb', 'a large number of locules (a "honeycomb" of tiny locules)'),
    ('statement', 'mucinous borderline tumour or cystadenocarcinoma', 'features', 'ascites and peritoneal implants', 'ascites and peritoneal implants'),
    ('statement', S, 'treatment', 'cystectomy or unilateral salpingo-oophorectomy', 'Surgical removal is the treatment of choice, typically by cystectomy or unilateral salpingo-oophorectomy'),
    ('statement', S, 'intraoperative rupture', 'spillage of mucin', 'with care taken to avoid intraoperative rupture, which may cause spillage of mucin'),
    ('statement', S, 'intraoperative assessment', 'frozen section', 'Intraoperative frozen section is often performed to exclude a borderline component'),
    ('statement', S, 'postmenopausal women', 'bilateral salpingo-oophorectomy', 'in postmenopausal women a bilateral salpingo-oophorectomy is frequently preferred'),
    ('statement', S, 'prognosis', 'excellent', 'Prognosis after complete excision is excellent, and recurrence is rare.'),
    ('differential', S, 'ovarian serous cystadenoma', 'ovarian serous cystadenoma', 'ovarian serous cystadenoma: usually unilocular or paucilocular with uniform fluid'),
    ('differential', S, 'mucinous borderline tumour', 'mucinous borderline tumour', 'mucinous borderline tumour or mucinous cystadenocarcinoma: solid components, thick septa'),
    ('differential', S, 'mucinous cystadenocarcinoma', 'mucinous cystadenocarcinoma', 'mucinous borderline tumour or mucinous cystadenocarcinoma: solid components, thick septa'),
    ('differential', S, 'ovarian metastases', 'ovarian metastases (Krukenberg tumour)', 'ovarian metastases (Krukenberg tumour): often bilateral and solid'),
    ('differential', S, 'endometrioma', 'endometrioma', 'endometrioma: T1 hyperintense with T2 shading, usually smaller'),
    ('differential', S, 'cystic granulosa cell tumour', 'cystic granulosa cell tumour', 'cystic granulosa cell tumour: multilocular "sponge-like" mass'),
    ('differential', S, 'hydrosalpinx', 'hydrosalpinx', 'hydrosalpinx: tubular structure with incomplete septa'),
]
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
