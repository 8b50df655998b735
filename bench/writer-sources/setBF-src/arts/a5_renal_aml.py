META = dict(
    slug='renal-angiomyolipoma', title='Renal angiomyolipoma', system='Urogenital',
    forms=['html'], rid='1417',
    authors=['Sebastián Arriaga', 'Yuki Tanabe'], citation_authors='Arriaga S, Tanabe Y, Kowalczyk M, et al',
    accessed='8 Mar 2026', created='2 Feb 2008', revised='21 Jan 2026', revisions=(142, 55),
    tags=['kidney', 'renal mass', 'fat-containing lesion'], synonyms_meta=['Renal AML', 'Angiomyolipoma of the kidney'],
    description='Renal angiomyolipomas are the most common benign renal neoplasm.',
    promo='New course: Genitourinary imaging masterclass - enrol now',
    related_head='Renal masses', related=['Tuberous sclerosis complex', 'Lymphangioleiomyomatosis', 'Clear cell renal cell carcinoma', 'Wunderlich syndrome',
                                          'Renal oncocytoma', 'Papillary renal cell carcinoma'],
    cases=['Renal angiomyolipoma - macroscopic fat on CT', 'Bilateral angiomyolipomas in tuberous sclerosis', 'Fat-poor angiomyolipoma',
           'Ruptured angiomyolipoma with Wunderlich syndrome', 'Hyperechoic renal angiomyolipoma on ultrasound'],
    refs=[('Jinzaki M, Silverman SG, Akita H et al. Renal Angiomyolipoma: A Radiological Classification and Update on Recent Developments in Diagnosis and Management. Abdom Imaging. 2014;39(3):588-604.', '10.1007/s00261-014-0083-3', '24504542'),
          ('Halpenny D, Snow A, McNeill G, Torreggiani WC. The Radiological Diagnosis and Treatment of Renal Angiomyolipoma - Current Status. Clin Radiol. 2010;65(2):99-108.', '10.1016/j.crad.2009.09.014', '20103431'),
          ('Oesterling JE, Fishman EK, Goldman SM, Marshall FF. The Management of Renal Angiomyolipoma. J Urol. 1986;135(6):1121-4.', '10.1016/s0022-5347(17)46013-7', '3520013')],
)

BODY = r'''
**Renal angiomyolipomas (AMLs)** are benign mesenchymal tumours composed of varying proportions of dysmorphic blood vessels, smooth muscle and mature adipose tissue. They belong to the family of perivascular epithelioid cell tumours (PEComas) and are the most common benign solid renal neoplasm. In most cases the diagnosis can be made confidently on imaging by demonstrating macroscopic fat.

## Epidemiology

Angiomyolipomas are found in approximately 0.3% of the general population on imaging, more often in women. The majority, around 80%, are sporadic; these are usually solitary and unilateral and tend to present in middle age, with a female to male ratio of about 4:1. The remaining ~20% occur in association with [tuberous sclerosis complex](tuberous-sclerosis-complex) (TSC), where they are typically multiple and bilateral, present at a younger age, and grow more rapidly. Renal AMLs are seen in up to 80% of patients with TSC. There is also an association with sporadic [lymphangioleiomyomatosis](lymphangioleiomyomatosis) (LAM).

## Clinical presentation

Most lesions are discovered incidentally. Larger tumours may present with flank pain, a palpable mass or haematuria. The most feared complication is spontaneous retroperitoneal haemorrhage, which can cause **Wunderlich syndrome**: the triad of acute flank pain, a palpable flank mass and hypovolaemic shock. Pregnancy is thought to increase the risk of growth and bleeding because many AMLs express hormone receptors.

## Pathology

The vascular component consists of thick-walled vessels lacking a normal elastic lamina, which predisposes to the formation of aneurysms and therefore haemorrhage. Immunohistochemistry is positive for melanocytic markers such as HMB-45 and Melan-A, a feature of all PEComas. TSC-associated lesions result from loss of function of the TSC1 (hamartin) or TSC2 (tuberin) genes, which activates the mTOR pathway.

### Subtypes

From an imaging perspective, AMLs are commonly divided into:

- classic (triphasic) AML with abundant fat: the large majority
- fat-poor AML: roughly 5% of all AMLs, which cannot be reliably distinguished from renal cell carcinoma on imaging
- epithelioid AML: a rare, potentially malignant variant that may metastasise, usually with little or no visible fat

## Radiographic features

### Ultrasound

The classic appearance is of a well-defined, markedly hyperechoic cortical lesion, echogenic relative to renal sinus fat, sometimes with posterior acoustic shadowing. However, as a proportion of small renal cell carcinomas (up to 30% of those under 3 cm) are also hyperechoic, a hyperechoic lesion on ultrasound should be confirmed with CT or MRI. Features that favour a renal cell carcinoma include an anechoic rim and intratumoural cysts.

### CT

The hallmark is macroscopic fat, defined as regions measuring less than -10 HU (often -20 HU or lower) on non-contrast CT, which is essentially diagnostic of an AML in the absence of calcification. Thin sections and pixel mapping help to identify small quantities of fat. Calcification within a fat-containing renal mass should raise the possibility of a renal cell carcinoma that has engulfed perirenal or sinus fat, as calcification is exceedingly rare in AML.

Fat-poor AMLs are hyperattenuating relative to renal parenchyma on unenhanced CT (a homogeneous lesion of more than 45 HU, reflecting their smooth muscle content) and enhance homogeneously with prolonged enhancement. Other suggestive CT signs include:

- the angular interface sign: a wedge-shaped border with the renal parenchyma, creating an "ice cream cone" appearance
- the presence of intratumoural aneurysms, which are better seen on arterial phase imaging

### MRI

Bulk fat shows signal loss on fat-suppressed sequences, and an **India ink artefact** (a black boundary at the fat-water interface) is seen on opposed-phase images. Fat-poor AMLs are typically homogeneous and hypointense on T2, and may show signal drop on opposed-phase images because of microscopic fat; however, clear cell renal cell carcinoma may do the same, so this finding is not specific.

### Angiography

On angiography AMLs are hypervascular, with tortuous vessels and aneurysms giving a "sunburst" or "onion peel" appearance. There is no arteriovenous shunting.

## Treatment and prognosis

Small asymptomatic AMLs can be followed with surveillance. The risk of haemorrhage correlates with size, and a traditional threshold of 4 cm has been used to recommend prophylactic intervention, although many now advocate treating only lesions causing symptoms or those larger than 6 cm, or with intratumoural aneurysms of 5 mm or more. Selective arterial embolisation is the first-line treatment for acute haemorrhage and is widely used prophylactically; nephron-sparing surgery is an alternative. mTOR inhibitors, such as everolimus, shrink TSC-associated AMLs and are the preferred therapy in that group.

## Differential diagnosis

For a fat-containing renal mass, consider:

- renal cell carcinoma engulfing sinus or perinephric fat, or containing osseous metaplasia (look for calcification)
- [Wilms tumour](wilms-tumour) (very rarely contains fat)
- renal lipoma and liposarcoma of the kidney or retroperitoneum: a retroperitoneal liposarcoma displaces the kidney rather than arising from it, and a "claw sign" of renal parenchyma is absent
- teratoma of the kidney (rare)

For a fat-poor AML, the main differentials are [papillary renal cell carcinoma](renal-cell-carcinoma-papillary), clear cell renal cell carcinoma and [renal oncocytoma](renal-oncocytoma).
'''

S = 'renal angiomyolipoma'
T = 'Renal angiomyolipoma'
FACTS = [
    ('synonym', T, '', 'AML', 'Renal angiomyolipomas (AMLs)'),
    ('definition', S, '', 'benign mesenchymal tumours composed of varying proportions of dysmorphic blood vessels, smooth muscle and mature adipose tissue', 'are benign mesenchymal tumours composed of varying proportions of dysmorphic blood vessels, smooth muscle and mature adipose tissue'),
    ('classification', 'perivascular epithelioid cell tumours (PEComas)', S, 'PEComa', 'They belong to the family of perivascular epithelioid cell tumours (PEComas)', {'g': 'PEComa family'}),
    ('rank', S, S, 'most common', 'the most common benign solid renal neoplasm', {'g': 'benign solid renal neoplasm'}),
    ('statement', S, 'diagnosis', 'macroscopic fat', 'In most cases the diagnosis can be made confidently on imaging by demonstrating macroscopic fat.'),
    ('percentage', S, 'prevalence in the general population', 'approximately 0.3%', 'Angiomyolipomas are found in approximately 0.3% of the general population on imaging'),
    ('frequency', S, 'sporadic', 'around 80%', 'The majority, around 80%, are sporadic', {'g': 'sporadic vs tuberous sclerosis-associated'}),
    ('statement', 'sporadic renal angiomyolipoma', '', 'solitary and unilateral', 'these are usually solitary and unilateral'),
    ('age', 'sporadic renal angiomyolipoma', 'age at presentation', 'middle age', 'tend to present in middle age'),
    ('sex_ratio', 'sporadic renal angiomyolipoma', '', 'F:M 4:1', 'with a female to male ratio of about 4:1'),
    ('frequency', S, 'tuberous sclerosis complex-associated', '~20%', 'The remaining ~20% occur in association with tuberous sclerosis complex (TSC)', {'g': 'sporadic vs tuberous sclerosis-associated'}),
    ('association', S, 'tuberous sclerosis complex', 'tuberous sclerosis complex', 'The remaining ~20% occur in association with tuberous sclerosis complex (TSC)', {'g': 'associated syndrome'}),
    ('statement', 'TSC-associated renal angiomyolipoma', '', 'multiple and bilateral', 'where they are typically multiple and bilateral, present at a younger age, and grow more rapidly'),
    ('percentage', 'tuberous sclerosis complex', 'renal angiomyolipomas', 'up to 80%', 'Renal AMLs are seen in up to 80% of patients with TSC.'),
    ('association', S, 'lymphangioleiomyomatosis', 'sporadic lymphangioleiomyomatosis (LAM)', 'There is also an association with sporadic lymphangioleiomyomatosis (LAM).', {'g': 'associated condition'}),
    ('statement', S, 'discovery', 'incidentally', 'Most lesions are discovered incidentally.'),
    ('association', S, 'flank pain', 'flank pain', 'Larger tumours may present with flank pain, a palpable mass or haematuria.', {'g': 'presentation'}),
    ('association', S, 'palpable mass', 'palpable mass', 'Larger tumours may present with flank pain, a palpable mass or haematuria.', {'g': 'presentation'}),
    ('association', S, 'haematuria', 'haematuria', 'Larger tumours may present with flank pain, a palpable mass or haematuria.', {'g': 'presentation'}),
    ('association', S, 'spontaneous retroperitoneal haemorrhage', 'spontaneous retroperitoneal haemorrhage', 'The most feared complication is spontaneous retroperitoneal haemorrhage', {'g': 'complication'}),
    ('association', S, 'Wunderlich syndrome', 'Wunderlich syndrome', 'which can cause Wunderlich syndrome', {'g': 'complication'}),
    ('definition', 'Wunderlich syndrome', '', 'the triad of acute flank pain, a palpable flank mass and hypovolaemic shock', 'the triad of acute flank pain, a palpable flank mass and hypovolaemic shock'),
    ('association', S, 'pregnancy', 'pregnancy', 'Pregnancy is thought to increase the risk of growth and bleeding because many AMLs express hormone receptors.', {'g': 'risk factor for growth and bleeding'}),
    ('statement', S, 'vascular component', 'lacking a normal elastic lamina', 'thick-walled vessels lacking a normal elastic lamina, which predisposes to the formation of aneurysms and therefore haemorrhage'),
    ('statement', S, 'immunohistochemistry', 'HMB-45', 'Immunohistochemistry is positive for melanocytic markers such as HMB-45 and Melan-A'),
    ('association', 'TSC-associated renal angiomyolipoma', 'TSC1/TSC2', 'TSC1 (hamartin) or TSC2 (tuberin)', 'loss of function of the TSC1 (hamartin) or TSC2 (tuberin) genes', {'g': 'genetic'}),
    ('statement', 'TSC-associated renal angiomyolipoma', '', 'mTOR pathway', 'which activates the mTOR pathway'),
    ('classification', S, 'classic (triphasic) AML', 'classic (triphasic) AML with abundant fat', 'classic (triphasic) AML with abundant fat: the large majority', {'g': 'imaging subtypes'}),
    ('classification', S, 'fat-poor AML', 'fat-poor AML', 'fat-poor AML: roughly 5% of all AMLs', {'g': 'imaging subtypes'}),
    ('frequency', S, 'fat-poor AML', 'roughly 5%', 'fat-poor AML: roughly 5% of all AMLs', {'g': 'imaging subtypes'}),
    ('statement', 'fat-poor angiomyolipoma', '', 'cannot be reliably distinguished from renal cell carcinoma', 'which cannot be reliably distinguished from renal cell carcinoma on imaging'),
    ('classification', S, 'epithelioid AML', 'epithelioid AML', 'epithelioid AML: a rare, potentially malignant variant that may metastasise', {'g': 'imaging subtypes'}),
    ('statement', 'epithelioid angiomyolipoma', '', 'potentially malignant', 'a rare, potentially malignant variant that may metastasise, usually with little or no visible fat'),
    ('appearance', S, '', 'well-defined, markedly hyperechoic cortical lesion', 'The classic appearance is of a well-defined, markedly hyperechoic cortical lesion, echogenic relative to renal sinus fat', {'a': 'ultrasound'}),
    ('appearance', S, '', 'posterior acoustic shadowing', 'sometimes with posterior acoustic shadowing', {'a': 'ultrasound'}),
    ('percentage', 'small renal cell carcinoma', 'hyperechoic (under 3 cm)', 'up to 30%', 'up to 30% of those under 3 cm'),
    ('statement', S, 'hyperechoic lesion on ultrasound', 'confirmed with CT or MRI', 'a hyperechoic lesion on ultrasound should be confirmed with CT or MRI'),
    ('appearance', 'renal cell carcinoma', '', 'anechoic rim and intratumoural cysts', 'Features that favour a renal cell carcinoma include an anechoic rim and intratumoural cysts.', {'a': 'ultrasound'}),
    ('threshold', S, 'macroscopic fat', 'less than -10 HU', 'defined as regions measuring less than -10 HU (often -20 HU or lower) on non-contrast CT', {'a': 'macroscopic fat, diagnostic of AML'}),
    ('appearance', S, '', 'macroscopic fat', 'The hallmark is macroscopic fat', {'a': 'non-contrast CT'}),
    ('statement', S, 'calcification', 'exceedingly rare', 'as calcification is exceedingly rare in AML'),
    ('statement', S, 'calcification in a fat-containing renal mass', 'renal cell carcinoma', 'Calcification within a fat-containing renal mass should raise the possibility of a renal cell carcinoma'),
    ('threshold', 'fat-poor angiomyolipoma', 'attenuation', 'more than 45 HU', 'a homogeneous lesion of more than 45 HU, reflecting their smooth muscle content', {'a': 'unenhanced CT, suggests fat-poor AML'}),
    ('appearance', 'fat-poor angiomyolipoma', '', 'hyperattenuating relative to renal parenchyma', 'Fat-poor AMLs are hyperattenuating relative to renal parenchyma on unenhanced CT', {'a': 'unenhanced CT'}),
    ('appearance', 'fat-poor angiomyolipoma', '', 'enhance homogeneously with prolonged enhancement', 'enhance homogeneously with prolonged enhancement', {'a': 'contrast-enhanced CT'}),
    ('sign', 'fat-poor angiomyolipoma', 'angular interface sign', 'angular interface sign', 'the angular interface sign: a wedge-shaped border with the renal parenchyma'),
    ('sign', 'fat-poor angiomyolipoma', 'ice cream cone', 'ice cream cone', 'creating an "ice cream cone" appearance'),
    ('appearance', S, '', 'intratumoural aneurysms', 'the presence of intratumoural aneurysms, which are better seen on arterial phase imaging', {'a': 'arterial phase CT'}),
    ('appearance', S, 'bulk fat', 'signal loss', 'Bulk fat shows signal loss on fat-suppressed sequences', {'a': 'fat-suppressed MRI'}),
    ('sign', S, 'India ink artefact', 'India ink artefact', 'an India ink artefact (a black boundary at the fat-water interface) is seen on opposed-phase images'),
    ('appearance', 'fat-poor angiomyolipoma', '', 'homogeneous and hypointense', 'Fat-poor AMLs are typically homogeneous and hypointense on T2', {'a': 'T2'}),
    ('appearance', 'fat-poor angiomyolipoma', '', 'signal drop', 'may show signal drop on opposed-phase images because of microscopic fat', {'a': 'opposed-phase'}),
    ('statement', 'clear cell renal cell carcinoma', 'opposed-phase signal drop', 'not specific', 'clear cell renal cell carcinoma may do the same, so this finding is not specific'),
    ('appearance', S, '', 'hypervascular, with tortuous vessels and aneurysms', 'On angiography AMLs are hypervascular, with tortuous vessels and aneurysms', {'a': 'angiography'}),
    ('sign', S, 'sunburst or onion peel', 'sunburst', 'giving a "sunburst" or "onion peel" appearance'),
    ('statement', S, 'angiography', 'no arteriovenous shunting', 'There is no arteriovenous shunting.'),
    ('threshold', S, 'size', '4 cm', 'a traditional threshold of 4 cm has been used to recommend prophylactic intervention', {'a': 'traditional threshold for prophylactic intervention'}),
    ('threshold', S, 'size', 'larger than 6 cm', 'treating only lesions causing symptoms or those larger than 6 cm', {'a': 'threshold for treatment (contemporary)'}),
    ('threshold', S, 'intratumoural aneurysm', '5 mm or more', 'with intratumoural aneurysms of 5 mm or more', {'a': 'threshold for treatment'}),
    ('statement', S, 'acute haemorrhage', 'selective arterial embolisation', 'Selective arterial embolisation is the first-line treatment for acute haemorrhage'),
    ('statement', 'TSC-associated renal angiomyolipoma', 'treatment', 'everolimus', 'mTOR inhibitors, such as everolimus, shrink TSC-associated AMLs and are the preferred therapy in that group'),
    ('differential', S, 'renal cell carcinoma', 'renal cell carcinoma engulfing fat', 'renal cell carcinoma engulfing sinus or perinephric fat, or containing osseous metaplasia (look for calcification)'),
    ('differential', S, 'Wilms tumour', 'Wilms tumour', 'Wilms tumour (very rarely contains fat)'),
    ('differential', S, 'renal lipoma', 'renal lipoma', 'renal lipoma and liposarcoma of the kidney or retroperitoneum'),
    ('differential', S, 'liposarcoma', 'liposarcoma of the kidney or retroperitoneum', 'renal lipoma and liposarcoma of the kidney or retroperitoneum'),
    ('statement', 'retroperitoneal liposarcoma', '', 'displaces the kidney', 'a retroperitoneal liposarcoma displaces the kidney rather than arising from it'),
    ('sign', 'renal origin of a mass', 'claw sign', 'claw sign', 'a "claw sign" of renal parenchyma is absent'),
    ('differential', S, 'teratoma of the kidney', 'teratoma of the kidney', 'teratoma of the kidney (rare)'),
    ('differential', 'fat-poor angiomyolipoma', 'papillary renal cell carcinoma', 'papillary renal cell carcinoma', 'For a fat-poor AML, the main differentials are papillary renal cell carcinoma'),
    ('differential', 'fat-poor angiomyolipoma', 'clear cell renal cell carcinoma', 'clear cell renal cell carcinoma', 'papillary renal cell carcinoma, clear cell renal cell carcinoma and renal oncocytoma'),
    ('differential', 'fat-poor angiomyolipoma', 'renal oncocytoma', 'renal oncocytoma', 'clear cell renal cell carcinoma and renal oncocytoma'),
]
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
