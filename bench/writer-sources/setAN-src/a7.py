S='mucinous carcinoma of the breast'
A=dict(slug='mucinous-carcinoma-of-the-breast', title='Mucinous carcinoma of the breast', system='Breast', forms=['txt'], rid=14502,
modality='mammography', authors=['Eleanor Whitfield','Samir Haddad'], created='5 May 2012', revs=44, contrib=15,
desc='Mucinous carcinoma of the breast is a rare, well-differentiated subtype of invasive breast cancer with extracellular mucin.',
promo='Breast imaging fellowship lectures - watch now', syn=['Colloid carcinoma of the breast','Mucinous breast carcinoma','Gelatinous carcinoma of the breast'],
related_title='Breast carcinoma subtypes', related=['Invasive ductal carcinoma of the breast','Tubular carcinoma of the breast','Medullary carcinoma of the breast','Fibroadenoma of the breast','BI-RADS'],
cases=['pure mucinous carcinoma - circumscribed mass','mucinous carcinoma on MRI','mixed mucinous carcinoma'],
refs=['Lam WWM, Chu WCW, Tse GM, Ma TK. Sonographic Appearance of Mucinous Carcinoma of the Breast. AJR Am J Roentgenol. 2004;182(4):1069-74.',
'Monzawa S, Yokokawa M, Sakuma T et al. Mucinous Carcinoma of the Breast: MRI Features of Pure and Mixed Forms with Histopathologic Correlation. AJR Am J Roentgenol. 2009;192(3):W125-31.',
'Di Saverio S, Gutierrez J, Avisar E. A Retrospective Review with Long Term Follow Up of 11,400 Cases of Pure Mucinous Breast Carcinoma. Breast Cancer Res Treat. 2008;111(3):541-7.'],
body='''
Mucinous carcinoma of the breast, also known as colloid carcinoma, is an uncommon subtype of invasive breast carcinoma in which clusters of tumour cells float in pools of extracellular mucin. Because it is soft and well circumscribed, it can easily be mistaken for a benign lesion both clinically and on imaging.

## Epidemiology

It represents approximately 1-4% of all invasive breast cancers[[3]]. Patients are older than those with invasive ductal carcinoma of no special type: the mean age at diagnosis is around 70 years, and the pure form is exceptional in women under 35 years. In women over 75 years the tumour accounts for as many as 7% of breast cancers.

## Clinical presentation

A slowly growing, soft, mobile lump is the usual presentation, though many tumours are now found at screening mammography. Because the mass is soft, it may feel benign on palpation. Nipple discharge and skin changes are distinctly unusual.

## Pathology

Grossly, the cut surface is glistening and gelatinous, and the tumour is usually well circumscribed with pushing rather than infiltrative borders. Median size at diagnosis is about 2-3 cm, although tumours of more than 10 cm are occasionally encountered in elderly women who delay presentation.

The tumour is divided into two forms:

- pure mucinous carcinoma: mucin makes up at least 90% of the tumour volume
- mixed mucinous carcinoma: a component of invasive ductal carcinoma of no special type is also present, with mucin making up 50-90%

Pure tumours are further divided into type A (hypocellular, with abundant mucin) and type B (hypercellular, with neuroendocrine differentiation).

The distinction between pure and mixed forms is important because pure tumours have a much lower rate of axillary nodal metastasis, of the order of 3-15%, compared with up to 45% for mixed tumours. Mucinous carcinomas are almost always oestrogen receptor and progesterone receptor positive and HER2 negative, i.e. luminal A in molecular terms.

## Radiographic features

Imaging appearances largely depend on the proportion of mucin: the more mucin, the more benign-looking the lesion.

### Mammography

The classic appearance is a round, oval or lobulated mass of low to equal density with circumscribed or microlobulated margins, which can be difficult to distinguish from a fibroadenoma or cyst. Mixed tumours more often have indistinct or spiculated margins, a feature reflecting the infiltrating ductal component. Calcification is uncommon. Small tumours can be mammographically occult in dense breasts. Slow growth on serial mammograms, sometimes over several years, may falsely reassure; a new or enlarging circumscribed mass in an older woman should therefore be categorised as BI-RADS 4 rather than 3 and sampled.

### Ultrasound

On ultrasound the pure form is classically isoechoic to subcutaneous fat, a feature that is unusual for a malignancy and that can make small lesions inconspicuous. Other features include:

- a circumscribed or microlobulated margin
- posterior acoustic enhancement, seen in the majority
- heterogeneous echotexture, with cystic components in larger tumours
- a complex cystic and solid appearance in some tumours

Mixed tumours are more often hypoechoic, with angular margins and posterior shadowing. Elastography typically shows a soft lesion, so stiffness cannot be relied on to suggest malignancy.

### MRI

The most useful MRI feature is very high signal on T2-weighted images, equal to or higher than that of fluid, which is a feature only shared by a handful of malignancies. Typical findings are:

- T1: hypointense
- T2: markedly hyperintense, owing to the mucin
- T1 C+ (Gd): gradual, persistent (type I) enhancement; rim or heterogeneous enhancement is common
- DWI: high ADC values, usually above those of other invasive cancers, so diffusion restriction is often absent

A myxoid fibroadenoma can look almost identical, and biopsy is needed.

## Treatment and prognosis

Treatment follows the principles applied to other breast cancers: breast-conserving surgery or mastectomy with sentinel node biopsy, followed by endocrine therapy. Chemotherapy is rarely required for pure tumours. The prognosis of the pure form is excellent, with a 10-year survival of around 90%, better than that of mixed tumours and of invasive ductal carcinoma of no special type. Late recurrences, beyond 10 years, are described.

## Differential diagnosis

The main differential considerations for a circumscribed, T2 bright breast mass include:

{fibroadenoma}, especially the myxoid variant
complicated cyst
{phyllodes tumour}
medullary carcinoma: also circumscribed, but hypoechoic and often in younger women
metaplastic carcinoma
intracystic papillary carcinoma
''',
facts=[
('synonym',S,'','colloid carcinoma','also known as colloid carcinoma'),
('definition',S,'','clusters of tumour cells float in pools of extracellular mucin','an uncommon subtype of invasive breast carcinoma in which clusters of tumour cells float in pools of extracellular mucin'),
('statement',S,'','mistaken for a benign lesion','it can easily be mistaken for a benign lesion both clinically and on imaging'),
('percentage',S,'invasive breast cancers','approximately 1-4%','It represents approximately 1-4% of all invasive breast cancers'),
('age',S,'mean age at diagnosis','around 70 years','the mean age at diagnosis is around 70 years'),
('age',S,'','exceptional in women under 35 years','the pure form is exceptional in women under 35 years'),
('percentage',S,'breast cancers in women over 75 years','as many as 7%','In women over 75 years the tumour accounts for as many as 7% of breast cancers.'),
('association',S,'slowly growing, soft, mobile lump','slowly growing, soft, mobile lump','A slowly growing, soft, mobile lump is the usual presentation',{'g':'presentation'}),
('statement',S,'','screening mammography','many tumours are now found at screening mammography'),
('statement',S,'cut surface','glistening and gelatinous','Grossly, the cut surface is glistening and gelatinous'),
('statement',S,'borders','pushing rather than infiltrative borders','the tumour is usually well circumscribed with pushing rather than infiltrative borders'),
('threshold',S,'median size at diagnosis','about 2-3 cm','Median size at diagnosis is about 2-3 cm',{'a':'typical size at diagnosis'}),
('statement',S,'slow growth','falsely reassure','Slow growth on serial mammograms, sometimes over several years, may falsely reassure'),
('threshold',S,'BI-RADS category','BI-RADS 4','a new or enlarging circumscribed mass in an older woman should therefore be categorised as BI-RADS 4 rather than 3 and sampled',{'a':'new or enlarging circumscribed mass in an older woman; biopsy'}),
('classification',S,'pure mucinous carcinoma','pure','pure mucinous carcinoma: mucin makes up at least 90% of the tumour volume',{'g':'form'}),
('threshold',S,'mucin proportion','at least 90%','mucin makes up at least 90% of the tumour volume',{'a':'pure mucinous carcinoma'}),
('classification',S,'mixed mucinous carcinoma','mixed','mixed mucinous carcinoma: a component of invasive ductal carcinoma of no special type is also present',{'g':'form'}),
('threshold',S,'mucin proportion','50-90%','with mucin making up 50-90%',{'a':'mixed mucinous carcinoma'}),
('classification',S,'type A','type A','type A (hypocellular, with abundant mucin)',{'g':'pure mucinous carcinoma subtype'}),
('classification',S,'type B','type B','type B (hypercellular, with neuroendocrine differentiation)',{'g':'pure mucinous carcinoma subtype'}),
('percentage',S,'axillary nodal metastasis in pure tumours','3-15%','of the order of 3-15%'),
('percentage',S,'axillary nodal metastasis in mixed tumours','up to 45%','compared with up to 45% for mixed tumours'),
('statement',S,'receptor status','oestrogen receptor and progesterone receptor positive and HER2 negative','Mucinous carcinomas are almost always oestrogen receptor and progesterone receptor positive and HER2 negative'),
('statement',S,'molecular subtype','luminal A','i.e. luminal A in molecular terms'),
('statement',S,'','the more mucin, the more benign-looking','the more mucin, the more benign-looking the lesion'),
('appearance',S,'','round, oval or lobulated mass of low to equal density with circumscribed or microlobulated margins','a round, oval or lobulated mass of low to equal density with circumscribed or microlobulated margins',{'a':'mammography'}),
('appearance','mixed mucinous carcinoma','','indistinct or spiculated margins','Mixed tumours more often have indistinct or spiculated margins',{'a':'mammography'}),
('appearance',S,'calcification','uncommon','Calcification is uncommon.',{'a':'mammography'}),
('appearance',S,'','mammographically occult in dense breasts','Small tumours can be mammographically occult in dense breasts. Slow growth on serial mammograms, sometimes over several years, may falsely reassure; a new or enlarging circumscribed mass in an older woman should therefore be categorised as BI-RADS 4 rather than 3 and sampled.',{'a':'mammography'}),
('appearance',S,'pure form','isoechoic to subcutaneous fat','the pure form is classically isoechoic to subcutaneous fat',{'a':'ultrasound'}),
('appearance',S,'','circumscribed or microlobulated margin','a circumscribed or microlobulated margin',{'a':'ultrasound'}),
('appearance',S,'','posterior acoustic enhancement','posterior acoustic enhancement, seen in the majority',{'a':'ultrasound'}),
('appearance',S,'','heterogeneous echotexture, with cystic components in larger tumours','heterogeneous echotexture, with cystic components in larger tumours',{'a':'ultrasound'}),
('appearance',S,'','complex cystic and solid appearance','a complex cystic and solid appearance in some tumours',{'a':'ultrasound'}),
('appearance','mixed mucinous carcinoma','','hypoechoic, with angular margins and posterior shadowing','Mixed tumours are more often hypoechoic, with angular margins and posterior shadowing.',{'a':'ultrasound'}),
('appearance',S,'','soft lesion','Elastography typically shows a soft lesion',{'a':'elastography'}),
('rank',S,'very high T2 signal','most useful','The most useful MRI feature is very high signal on T2-weighted images',{'g':'MRI feature'}),
('appearance',S,'','hypointense','T1: hypointense',{'a':'T1'}),
('appearance',S,'','markedly hyperintense','T2: markedly hyperintense, owing to the mucin',{'a':'T2'}),
('appearance',S,'','gradual, persistent (type I) enhancement','T1 C+ (Gd): gradual, persistent (type I) enhancement',{'a':'T1 C+ (Gd)'}),
('appearance',S,'','rim or heterogeneous enhancement','rim or heterogeneous enhancement is common',{'a':'T1 C+ (Gd)'}),
('appearance',S,'','high ADC values','DWI: high ADC values, usually above those of other invasive cancers, so diffusion restriction is often absent',{'a':'DWI'}),
('statement',S,'','myxoid fibroadenoma','A myxoid fibroadenoma can look almost identical, and biopsy is needed.'),
('statement',S,'treatment','sentinel node biopsy','breast-conserving surgery or mastectomy with sentinel node biopsy, followed by endocrine therapy'),
('statement',S,'pure tumours','Chemotherapy is rarely required','Chemotherapy is rarely required for pure tumours.'),
('percentage',S,'10-year survival of pure form','around 90%','with a 10-year survival of around 90%'),
('statement',S,'','Late recurrences','Late recurrences, beyond 10 years, are described.'),
('differential',S,'fibroadenoma','fibroadenoma','fibroadenoma, especially the myxoid variant'),
('differential',S,'complicated cyst','complicated cyst','complicated cyst'),
('differential',S,'phyllodes tumour','phyllodes tumour','phyllodes tumour'),
('differential',S,'medullary carcinoma','medullary carcinoma','medullary carcinoma: also circumscribed, but hypoechoic and often in younger women'),
('differential',S,'metaplastic carcinoma','metaplastic carcinoma','metaplastic carcinoma'),
('differential',S,'intracystic papillary carcinoma','intracystic papillary carcinoma','intracystic papillary carcinoma'),
])
