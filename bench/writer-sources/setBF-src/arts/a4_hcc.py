META = dict(
    slug='hepatocellular-carcinoma', title='Hepatocellular carcinoma', system='Hepatobiliary',
    forms=['html', 'md', 'txt'], rid='41872',
    authors=['Priya Ramaswamy', 'Daniel Okonkwo'], citation_authors='Ramaswamy P, Okonkwo D, Lefebvre C, et al',
    accessed='11 Feb 2026', created='14 Aug 2009', revised='2 Dec 2025', revisions=(187, 64),
    tags=['liver', 'oncology', 'LI-RADS'], synonyms_meta=['HCC', 'Hepatoma', 'Primary liver cancer'],
    description='Hepatocellular carcinoma (HCC) is the most common primary malignancy of the liver.',
    related_head='Liver tumours', related=['Fibrolamellar hepatocellular carcinoma', 'LI-RADS', 'Intrahepatic cholangiocarcinoma',
                                            'Hepatocellular adenoma', 'Liver cirrhosis', 'Portal vein thrombosis'],
    cases=['HCC with washout in cirrhotic liver', 'Infiltrative HCC with tumour thrombus', 'Nodule-in-nodule HCC',
           'HCC with capsule on delayed phase', 'Ruptured HCC'],
    refs=[('Marrero JA, Kulik LM, Sirlin CB et al. Diagnosis, Staging, and Management of Hepatocellular Carcinoma: 2018 Practice Guidance by the AASLD. Hepatology. 2018;68(2):723-50.', '10.1002/hep.29913', '29624699'),
          ('Chernyak V, Fowler KJ, Kamaya A et al. Liver Imaging Reporting and Data System (LI-RADS) Version 2018. Radiology. 2018;289(3):816-30.', '10.1148/radiol.2018181494', '30251931'),
          ('Reig M, Forner A, Rimola J et al. BCLC Strategy for Prognosis Prediction and Treatment Recommendation: The 2022 Update. J Hepatol. 2022;76(3):681-93.', '10.1016/j.jhep.2021.11.018', '34801630'),
          ('Choi JY, Lee JM, Sirlin CB. CT and MR Imaging Diagnosis and Staging of Hepatocellular Carcinoma: Part I. Radiology. 2014;272(3):635-54.', '10.1148/radiol.14132361', '25153274')],
)

BODY = r'''
**Hepatocellular carcinoma (HCC)**, also known as **hepatoma**, is the most common primary malignancy of the liver and arises from hepatocytes, usually on a background of [cirrhosis](liver-cirrhosis){{1}}. It is one of the few cancers that can be diagnosed on imaging alone, without biopsy, when typical features are seen in a patient at high risk.

## Epidemiology

HCC is the sixth most common cancer worldwide and the third leading cause of cancer-related death. Incidence varies enormously by region, being highest in East Asia and sub-Saharan Africa where chronic hepatitis B infection is endemic. There is a strong male predominance, with a male-to-female ratio of roughly 3:1. In Western populations the typical patient is in the sixth or seventh decade, whereas in endemic hepatitis B regions patients often present a decade or two earlier.

### Risk factors

Approximately 80-90% of cases develop in a cirrhotic liver. Recognised risk factors include:

- chronic hepatitis B infection (HCC may arise without cirrhosis)
- chronic hepatitis C infection
- alcohol-related liver disease
- non-alcoholic fatty liver disease / metabolic dysfunction-associated steatotic liver disease
- [hereditary haemochromatosis](hereditary-haemochromatosis)
- aflatoxin B1 exposure
- alpha-1 antitrypsin deficiency and glycogen storage disease type I

## Clinical presentation

Most tumours in surveillance programmes are detected while asymptomatic. Symptomatic patients may present with right upper quadrant pain, weight loss, or hepatic decompensation (ascites, jaundice, encephalopathy). Spontaneous rupture causing haemoperitoneum is an uncommon but dramatic presentation. Serum alpha-fetoprotein (AFP) is elevated in about 70% of cases, but it is neither sensitive nor specific enough to be used in isolation.

## Pathology

HCC develops through a stepwise process in the cirrhotic liver, from regenerative nodule to low-grade and then high-grade dysplastic nodule and finally to frank carcinoma. During this progression, the portal venous supply to the nodule is gradually lost while unpaired arteries (neoangiogenesis) increase; this shift in blood supply underlies the characteristic enhancement pattern.

Macroscopic growth patterns are divided into three types:

- solitary (massive): the most common pattern
- multifocal (nodular)
- diffuse (infiltrative): ill-defined, often with tumour thrombus, and easily missed

HCC has a propensity for vascular invasion, and tumour thrombus in the portal vein is far more common than in the hepatic veins. Extrahepatic metastases most commonly involve the lungs, followed by lymph nodes, bone and adrenal glands.

## Radiographic features

### Ultrasound

Ultrasound is the screening modality of choice, performed every six months in at-risk patients, often in combination with AFP. Small lesions are usually hypoechoic, while larger ones become heterogeneous or hyperechoic because of fatty change and necrosis. A thin hypoechoic halo corresponding to the capsule may be seen. On contrast-enhanced ultrasound, HCC typically shows arterial hyperenhancement followed by late and mild washout (beginning after 60 seconds), which helps distinguish it from non-hepatocellular malignancies that wash out early and markedly.

### CT

Multiphase CT is the classic staging examination:

- late arterial phase: non-rim arterial phase hyperenhancement
- portal venous and delayed phases: "washout", i.e. the lesion becomes hypoattenuating relative to liver
- delayed phase: an enhancing "capsule" (a smooth peripheral rim)

The combination of arterial hyperenhancement and washout has a sensitivity of approximately 65% and a specificity of over 95% for HCC in a cirrhotic liver. Tumour thrombus can be differentiated from bland thrombus because it expands the vein and enhances in the arterial phase, sometimes with the "threads and streaks" pattern of linear arterial vessels within it.

### MRI

MRI is the most sensitive modality, particularly when a hepatobiliary contrast agent (gadoxetate) is used.

- T1: variable; may be hyperintense due to fat, glycogen or copper, and loss of signal on opposed-phase images indicates intralesional fat
- T2: mildly to moderately hyperintense
- DWI: restricted diffusion
- T1 C+ (Gd): arterial hyperenhancement with washout and capsule appearance, as on CT
- hepatobiliary phase: hypointense in the great majority, reflecting loss of functioning OATP transporters; a minority of well-differentiated tumours are iso- or hyperintense

A "nodule-in-nodule" appearance, where an arterially enhancing focus develops within a larger hypovascular or siderotic nodule, signifies HCC arising in a dysplastic nodule.

### LI-RADS

In at-risk patients, the Liver Imaging Reporting and Data System (LI-RADS) assigns observations to categories from LR-1 (definitely benign) to LR-5 (definitely HCC), with LR-M reserved for probable or definite malignancy not specific for HCC and LR-TIV for tumour in vein. A lesion of 20 mm or more with non-rim arterial phase hyperenhancement and one additional major feature qualifies as LR-5, as does a 10-19 mm lesion with washout, or with threshold growth, defined as a size increase of at least 50% in six months or less.

## Treatment and prognosis

Management is commonly guided by the Barcelona Clinic Liver Cancer (BCLC) staging system{{3}}. Options include resection, liver transplantation, ablation, transarterial chemoembolisation (TACE), radioembolisation and systemic therapy. Transplantation is generally offered to patients within the Milan criteria: a single tumour of 5 cm or less, or up to three tumours none exceeding 3 cm, without vascular invasion or extrahepatic spread. Overall prognosis remains poor, with a five-year survival of less than 20%, but patients with early disease treated curatively may achieve five-year survival of over 70%.

## Differential diagnosis

In a cirrhotic liver consider:

- [intrahepatic cholangiocarcinoma](intrahepatic-cholangiocarcinoma): rim arterial enhancement, progressive delayed enhancement and capsular retraction
- high-grade dysplastic nodule: usually lacks washout
- arterioportal shunt (transient hepatic attenuation difference): wedge-shaped, no washout, not seen on other phases
- confluent hepatic fibrosis: wedge-shaped, capsular retraction, typically in the anterior and medial segments
- [hepatic haemangioma](hepatic-haemangioma) (especially flash-filling type): follows blood pool on all phases

In a non-cirrhotic liver, [fibrolamellar hepatocellular carcinoma](fibrolamellar-hepatocellular-carcinoma), [hepatocellular adenoma](hepatocellular-adenoma) and hypervascular metastases are additional considerations.
'''

S = 'hepatocellular carcinoma'
FACTS = [
    ('synonym', 'Hepatocellular carcinoma', '', 'HCC', 'Hepatocellular carcinoma (HCC)'),
    ('synonym', 'Hepatocellular carcinoma', '', 'hepatoma', 'also known as hepatoma'),
    ('rank', S, S, 'most common', 'is the most common primary malignancy of the liver', {'g': 'primary malignancy of the liver'}),
    ('definition', S, '', 'primary malignancy of the liver arising from hepatocytes', 'the most common primary malignancy of the liver and arises from hepatocytes'),
    ('association', S, 'cirrhosis', 'cirrhosis', 'usually on a background of cirrhosis', {'g': 'risk factor'}),
    ('statement', S, '', 'without biopsy', 'It is one of the few cancers that can be diagnosed on imaging alone, without biopsy, when typical features are seen in a patient at high risk.'),
    ('rank', S, S, 'sixth most common', 'HCC is the sixth most common cancer worldwide', {'g': 'cancer worldwide'}),
    ('rank', S, S, 'third leading', 'the third leading cause of cancer-related death', {'g': 'cause of cancer-related death'}),
    ('statement', S, '', 'East Asia and sub-Saharan Africa', 'being highest in East Asia and sub-Saharan Africa where chronic hepatitis B infection is endemic'),
    ('sex_ratio', S, '', 'M:F 3:1', 'a male-to-female ratio of roughly 3:1'),
    ('age', S, 'typical age (Western populations)', 'sixth or seventh decade', 'In Western populations the typical patient is in the sixth or seventh decade'),
    ('age', S, 'age in endemic hepatitis B regions', 'a decade or two earlier', 'in endemic hepatitis B regions patients often present a decade or two earlier'),
    ('percentage', S, 'develop in a cirrhotic liver', '80-90%', 'Approximately 80-90% of cases develop in a cirrhotic liver'),
    ('association', S, 'chronic hepatitis B infection', 'chronic hepatitis B infection', 'chronic hepatitis B infection (HCC may arise without cirrhosis)', {'g': 'risk factor'}),
    ('statement', S, 'hepatitis B', 'without cirrhosis', 'chronic hepatitis B infection (HCC may arise without cirrhosis)'),
    ('association', S, 'chronic hepatitis C infection', 'chronic hepatitis C infection', 'chronic hepatitis C infection', {'g': 'risk factor'}),
    ('association', S, 'alcohol-related liver disease', 'alcohol-related liver disease', 'alcohol-related liver disease', {'g': 'risk factor'}),
    ('association', S, 'non-alcoholic fatty liver disease', 'non-alcoholic fatty liver disease', 'non-alcoholic fatty liver disease / metabolic dysfunction-associated steatotic liver disease', {'g': 'risk factor'}),
    ('association', S, 'hereditary haemochromatosis', 'hereditary haemochromatosis', 'hereditary haemochromatosis', {'g': 'risk factor'}),
    ('association', S, 'aflatoxin B1 exposure', 'aflatoxin B1 exposure', 'aflatoxin B1 exposure', {'g': 'risk factor'}),
    ('association', S, 'alpha-1 antitrypsin deficiency', 'alpha-1 antitrypsin deficiency', 'alpha-1 antitrypsin deficiency and glycogen storage disease type I', {'g': 'risk factor'}),
    ('association', S, 'glycogen storage disease type I', 'glycogen storage disease type I', 'alpha-1 antitrypsin deficiency and glycogen storage disease type I', {'g': 'risk factor'}),
    ('statement', S, '', 'asymptomatic', 'Most tumours in surveillance programmes are detected while asymptomatic.'),
    ('association', S, 'right upper quadrant pain', 'right upper quadrant pain', 'Symptomatic patients may present with right upper quadrant pain, weight loss, or hepatic decompensation', {'g': 'presentation'}),
    ('association', S, 'weight loss', 'weight loss', 'Symptomatic patients may present with right upper quadrant pain, weight loss, or hepatic decompensation', {'g': 'presentation'}),
    ('association', S, 'hepatic decompensation', 'hepatic decompensation (ascites, jaundice, encephalopathy)', 'hepatic decompensation (ascites, jaundice, encephalopathy)', {'g': 'presentation'}),
    ('association', S, 'spontaneous rupture', 'haemoperitoneum', 'Spontaneous rupture causing haemoperitoneum is an uncommon but dramatic presentation', {'g': 'complication'}),
    ('percentage', S, 'elevated serum alpha-fetoprotein', '70%', 'Serum alpha-fetoprotein (AFP) is elevated in about 70% of cases'),
    ('statement', S, 'AFP', 'neither sensitive nor specific', 'it is neither sensitive nor specific enough to be used in isolation'),
    ('statement', S, 'carcinogenesis', 'dysplastic nodule', 'from regenerative nodule to low-grade and then high-grade dysplastic nodule and finally to frank carcinoma'),
    ('statement', S, 'blood supply', 'unpaired arteries', 'the portal venous supply to the nodule is gradually lost while unpaired arteries (neoangiogenesis) increase'),
    ('classification', S, 'solitary (massive)', 'solitary (massive)', 'solitary (massive): the most common pattern', {'g': 'macroscopic growth pattern'}),
    ('rank', S, 'solitary (massive)', 'most common', 'solitary (massive): the most common pattern', {'g': 'macroscopic growth pattern'}),
    ('classification', S, 'multifocal (nodular)', 'multifocal (nodular)', 'multifocal (nodular)', {'g': 'macroscopic growth pattern'}),
    ('classification', S, 'diffuse (infiltrative)', 'diffuse (infiltrative)', 'diffuse (infiltrative): ill-defined, often with tumour thrombus, and easily missed', {'g': 'macroscopic growth pattern'}),
    ('statement', S, 'tumour thrombus', 'portal vein', 'tumour thrombus in the portal vein is far more common than in the hepatic veins'),
    ('rank', S, 'lungs', 'most common', 'Extrahepatic metastases most commonly involve the lungs', {'g': 'site of extrahepatic metastasis'}),
    ('association', S, 'lymph node, bone and adrenal metastases', 'lymph nodes, bone and adrenal glands', 'followed by lymph nodes, bone and adrenal glands', {'g': 'metastatic site'}),
    ('statement', S, 'screening', 'ultrasound', 'Ultrasound is the screening modality of choice, performed every six months in at-risk patients'),
    ('threshold', S, 'surveillance interval', 'every six months', 'performed every six months in at-risk patients', {'a': 'ultrasound surveillance interval in at-risk patients'}),
    ('appearance', 'small hepatocellular carcinoma', '', 'hypoechoic', 'Small lesions are usually hypoechoic', {'a': 'ultrasound'}),
    ('appearance', 'large hepatocellular carcinoma', '', 'heterogeneous or hyperechoic', 'larger ones become heterogeneous or hyperechoic because of fatty change and necrosis', {'a': 'ultrasound'}),
    ('appearance', S, 'capsule', 'thin hypoechoic halo', 'A thin hypoechoic halo corresponding to the capsule may be seen', {'a': 'ultrasound'}),
    ('appearance', S, '', 'arterial hyperenhancement followed by late and mild washout', 'HCC typically shows arterial hyperenhancement followed by late and mild washout', {'a': 'contrast-enhanced ultrasound'}),
    ('threshold', S, 'late washout', 'after 60 seconds', 'late and mild washout (beginning after 60 seconds)', {'a': 'timing of washout on CEUS typical of HCC'}),
    ('statement', S, 'CEUS', 'non-hepatocellular malignancies', 'non-hepatocellular malignancies that wash out early and markedly'),
    ('appearance', S, '', 'non-rim arterial phase hyperenhancement', 'late arterial phase: non-rim arterial phase hyperenhancement', {'a': 'CT late arterial phase'}),
    ('appearance', S, '', 'washout (hypoattenuating relative to liver)', 'portal venous and delayed phases: "washout", i.e. the lesion becomes hypoattenuating relative to liver', {'a': 'CT portal venous and delayed phases'}),
    ('appearance', S, '', 'enhancing capsule', 'delayed phase: an enhancing "capsule" (a smooth peripheral rim)', {'a': 'CT delayed phase'}),
    ('percentage', S, 'sensitivity of arterial hyperenhancement and washout', '65%', 'a sensitivity of approximately 65%'),
    ('percentage', S, 'specificity of arterial hyperenhancement and washout', 'over 95%', 'a specificity of over 95% for HCC in a cirrhotic liver'),
    ('statement', 'tumour thrombus', '', 'expands the vein and enhances in the arterial phase', 'Tumour thrombus can be differentiated from bland thrombus because it expands the vein and enhances in the arterial phase'),
    ('sign', 'tumour thrombus', 'threads and streaks', 'threads and streaks', 'the "threads and streaks" pattern of linear arterial vessels within it'),
    ('rank', S, 'MRI', 'most sensitive', 'MRI is the most sensitive modality', {'g': 'imaging modality'}),
    ('appearance', S, '', 'variable; may be hyperintense due to fat, glycogen or copper', 'T1: variable; may be hyperintense due to fat, glycogen or copper', {'a': 'T1'}),
    ('appearance', S, 'intralesional fat', 'loss of signal', 'loss of signal on opposed-phase images indicates intralesional fat', {'a': 'opposed-phase'}),
    ('appearance', S, '', 'mildly to moderately hyperintense', 'T2: mildly to moderately hyperintense', {'a': 'T2'}),
    ('appearance', S, '', 'restricted diffusion', 'DWI: restricted diffusion', {'a': 'DWI'}),
    ('appearance', S, '', 'arterial hyperenhancement with washout and capsule appearance', 'T1 C+ (Gd): arterial hyperenhancement with washout and capsule appearance', {'a': 'T1 C+ (Gd)'}),
    ('appearance', S, '', 'hypointense', 'hepatobiliary phase: hypointense in the great majority', {'a': 'hepatobiliary phase'}),
    ('statement', S, 'hepatobiliary phase hypointensity', 'OATP transporters', 'reflecting loss of functioning OATP transporters'),
    ('appearance', 'well-differentiated hepatocellular carcinoma', '', 'iso- or hyperintense', 'a minority of well-differentiated tumours are iso- or hyperintense', {'a': 'hepatobiliary phase'}),
    ('sign', 'HCC arising in a dysplastic nodule', 'nodule-in-nodule', 'nodule-in-nodule', 'A "nodule-in-nodule" appearance, where an arterially enhancing focus develops within a larger hypovascular or siderotic nodule, signifies HCC arising in a dysplastic nodule'),
    ('classification', S, 'LR-1', 'definitely benign', 'LR-1 (definitely benign)', {'g': 'LI-RADS'}),
    ('classification', S, 'LR-5', 'definitely HCC', 'LR-5 (definitely HCC)', {'g': 'LI-RADS'}),
    ('classification', S, 'LR-M', 'probable or definite malignancy not specific for HCC', 'LR-M reserved for probable or definite malignancy not specific for HCC', {'g': 'LI-RADS'}),
    ('classification', S, 'LR-TIV', 'tumour in vein', 'LR-TIV for tumour in vein', {'g': 'LI-RADS'}),
    ('threshold', S, 'LR-5 size', '20 mm or more', 'A lesion of 20 mm or more with non-rim arterial phase hyperenhancement and one additional major feature qualifies as LR-5', {'a': 'with APHE and one additional major feature = LR-5'}),
    ('threshold', S, 'LR-5 size', '10-19 mm', 'as does a 10-19 mm lesion with washout', {'a': 'with APHE and washout or threshold growth = LR-5'}),
    ('threshold', S, 'threshold growth', 'at least 50% in six months or less', 'threshold growth, defined as a size increase of at least 50% in six months or less', {'a': 'threshold growth (LI-RADS major feature)'}),
    ('classification', S, 'BCLC', 'Barcelona Clinic Liver Cancer (BCLC) staging system', 'Management is commonly guided by the Barcelona Clinic Liver Cancer (BCLC) staging system', {'g': 'staging'}),
    ('statement', S, 'treatment', 'transarterial chemoembolisation (TACE)', 'Options include resection, liver transplantation, ablation, transarterial chemoembolisation (TACE), radioembolisation and systemic therapy.'),
    ('threshold', S, 'Milan criteria single tumour', '5 cm or less', 'a single tumour of 5 cm or less', {'a': 'Milan criteria (transplant eligibility)'}),
    ('threshold', S, 'Milan criteria multiple tumours', 'up to three tumours none exceeding 3 cm', 'or up to three tumours none exceeding 3 cm, without vascular invasion or extrahepatic spread', {'a': 'Milan criteria (transplant eligibility)'}),
    ('percentage', S, 'overall five-year survival', 'less than 20%', 'a five-year survival of less than 20%'),
    ('percentage', S, 'five-year survival with early disease treated curatively', 'over 70%', 'patients with early disease treated curatively may achieve five-year survival of over 70%'),
    ('differential', S, 'intrahepatic cholangiocarcinoma', 'intrahepatic cholangiocarcinoma', 'intrahepatic cholangiocarcinoma: rim arterial enhancement, progressive delayed enhancement and capsular retraction'),
    ('differential', S, 'high-grade dysplastic nodule', 'high-grade dysplastic nodule', 'high-grade dysplastic nodule: usually lacks washout'),
    ('differential', S, 'arterioportal shunt', 'arterioportal shunt (transient hepatic attenuation difference)', 'arterioportal shunt (transient hepatic attenuation difference): wedge-shaped, no washout'),
    ('differential', S, 'confluent hepatic fibrosis', 'confluent hepatic fibrosis', 'confluent hepatic fibrosis: wedge-shaped, capsular retraction, typically in the anterior and medial segments'),
    ('differential', S, 'hepatic haemangioma', 'hepatic haemangioma', 'hepatic haemangioma (especially flash-filling type): follows blood pool on all phases'),
    ('differential', S, 'fibrolamellar hepatocellular carcinoma', 'fibrolamellar hepatocellular carcinoma', 'In a non-cirrhotic liver, fibrolamellar hepatocellular carcinoma'),
    ('differential', S, 'hepatocellular adenoma', 'hepatocellular adenoma', 'hepatocellular adenoma and hypervascular metastases are additional considerations'),
    ('differential', S, 'hypervascular metastases', 'hypervascular metastases', 'hypervascular metastases are additional considerations'),
]
# normalise fact tuple layout: (kind, subject, item, value, quote, extras)
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
