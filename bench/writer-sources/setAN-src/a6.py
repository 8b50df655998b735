S='endometrial polyp'
A=dict(slug='endometrial-polyp', title='Endometrial polyp', system='Gynaecology', forms=['html'], rid=9931,
modality='ultrasound', authors=['Chloe Marchetti','Aarav Desai'], created='12 Jan 2010', revs=73, contrib=26,
desc='Endometrial polyps are focal hyperplastic overgrowths of endometrial glands and stroma.',
promo='Gynaecological ultrasound workshop - limited places', syn=['Uterine polyp','Endometrial polyps'],
related_title='Endometrial pathology', related=['Endometrial hyperplasia','Endometrial carcinoma','Submucosal leiomyoma','Sonohysterography','Tamoxifen-related endometrial changes'],
cases=['endometrial polyp with feeding vessel','polyp on sonohysterography','tamoxifen-associated polyp'],
refs=['Nalaboff KM, Pellerito JS, Ben-Levi E. Imaging the Endometrium: Disease and Normal Variants. Radiographics. 2001;21(6):1409-24.',
'Grasel RP, Outwater EK, Siegelman ES et al. Endometrial Polyps: MR Imaging Features and Distinction from Endometrial Carcinoma. Radiology. 2000;214(1):47-52.',
'Lee SC, Kaunitz AM, Sanchez-Ramos L, Rhatigan RM. The Oncogenic Potential of Endometrial Polyps: a Systematic Review and Meta-analysis. Obstet Gynecol. 2010;116(5):1197-205.'],
body='''
**Endometrial polyps** are focal, benign overgrowths of endometrial glands and stroma around a vascular core, projecting into the uterine cavity. They are a frequent cause of abnormal uterine bleeding and are readily shown by transvaginal ultrasound, particularly when saline is instilled into the cavity.

## Epidemiology

Polyps are common: their prevalence in the general female population is estimated at 10-24%, and they are found in up to one-third of women with abnormal bleeding. Incidence rises with age, peaking in the fifth decade, and polyps are uncommon before 20 years of age. Both premenopausal and postmenopausal women are affected.

## Risk factors

Because growth is oestrogen-driven, recognised risk factors include:

- tamoxifen therapy, which is associated with polyps in up to 36% of treated women
- obesity
- hormone replacement therapy
- hypertension
- Lynch syndrome and Cowden syndrome

## Clinical presentation

The commonest symptom is abnormal uterine bleeding, either intermenstrual bleeding in premenopausal women or postmenopausal bleeding. Many polyps are asymptomatic and are discovered incidentally. Polyps are also linked with subfertility, and their removal may improve pregnancy rates. Rarely, a large prolapsing polyp causes cramping pelvic pain or vaginal discharge.

## Pathology

Macroscopically, polyps may be sessile or pedunculated and are single in approximately 80% of cases. Most measure less than 1 cm, although some fill and distend the cavity. A pedunculated polyp may prolapse through the cervical os. Histologically they contain three components: glands, fibrous stroma and thick-walled blood vessels.

Several histological types are recognised: hyperplastic polyps, atrophic (inactive) polyps, which are typical after the menopause, and functional polyps that respond to the menstrual cycle. Adenomyomatous polyps contain smooth muscle within the stroma.

Malignant change is uncommon, with carcinoma found in approximately 1-5% of resected polyps. The risk is higher in postmenopausal women with bleeding, in polyps larger than 1.5 cm, and in tamoxifen users.

## Radiographic features

### Ultrasound

On transvaginal ultrasound a polyp usually appears as a well-defined, homogeneous, echogenic (hyperechoic) lesion within the endometrial cavity. Other features include:

- focal or diffuse endometrial thickening, with preservation of the endometrial-myometrial interface
- cystic spaces within the lesion, particularly in tamoxifen-related polyps
- a thin hypoechoic halo or a "bright edge" where the polyp is outlined by the cavity
- on colour Doppler, a single feeding vessel entering through the stalk: the "pedicle artery sign"

The pedicle artery sign is highly suggestive; it has been reported in more than 75% of polyps. Submucosal leiomyomas, by contrast, tend to receive multiple vessels in a circumferential pattern from the surrounding myometrium.

The best time for scanning premenopausal women is the early proliferative phase (days 5-10 of the cycle), when the endometrium is thinnest. In postmenopausal women with bleeding, an endometrial thickness of 4 mm or less has a high negative predictive value for cancer, but a focal polyp may still be missed when the endometrium is measured alone.

### Sonohysterography

Saline infusion sonohysterography outlines the cavity with anechoic fluid and is more accurate than conventional transvaginal ultrasound, with a sensitivity above 90%. The polyp is seen as an echogenic intracavitary mass with a stalk, the overlying endometrium being intact.

### CT

CT has no role in diagnosis. A polyp may nevertheless be noticed incidentally as an enhancing focus that expands the endometrial cavity, although it cannot be reliably separated from other intracavitary lesions.

### MRI

MRI is rarely necessary but is useful if the cavity cannot be assessed with ultrasound. Polyps are typically:

- T2: low to intermediate signal relative to endometrium; a low-signal fibrous core and intratumoral cysts are characteristic
- T1 C+ (Gd): enhance, often heterogeneously
- DWI: usually no restricted diffusion, which helps distinguish them from endometrial carcinoma

An intact junctional zone indicates the absence of myometrial invasion.

## Treatment and prognosis

Treatment is by hysteroscopic polypectomy, which is both diagnostic and therapeutic. Small asymptomatic polyps in premenopausal women can be observed, as about one-quarter regress spontaneously within a year. Recurrence after removal is reported in approximately 15%.

## Differential diagnosis

General imaging differential considerations include:

- {submucosal leiomyoma}: hypoechoic, broad-based and with posterior shadowing; circumferential vascularity; disrupts the endometrial-myometrial interface
- {endometrial carcinoma}: irregular thickening, heterogeneous, with multiple feeding vessels and myometrial invasion
- {endometrial hyperplasia}: diffuse rather than focal thickening
- blood clot or retained products of conception: no internal vascularity, and clot shifts with fluid on sonohysterography
- {adenomyosis}: ill-defined, with myometrial cysts and thickening of the junctional zone
''',
facts=[
('definition',S,'','focal, benign overgrowths of endometrial glands and stroma around a vascular core','focal, benign overgrowths of endometrial glands and stroma around a vascular core, projecting into the uterine cavity'),
('association',S,'abnormal uterine bleeding','abnormal uterine bleeding','They are a frequent cause of abnormal uterine bleeding',{'g':'presentation'}),
('percentage',S,'prevalence in the general female population','10-24%','their prevalence in the general female population is estimated at 10-24%'),
('percentage',S,'women with abnormal bleeding','up to one-third','they are found in up to one-third of women with abnormal bleeding'),
('age',S,'peak incidence','fifth decade','Incidence rises with age, peaking in the fifth decade'),
('age',S,'','uncommon before 20 years of age','polyps are uncommon before 20 years of age'),
('statement',S,'','oestrogen-driven','Because growth is oestrogen-driven'),
('association',S,'tamoxifen therapy','tamoxifen therapy','tamoxifen therapy, which is associated with polyps in up to 36% of treated women',{'g':'risk factor'}),
('percentage',S,'tamoxifen-treated women','up to 36%','associated with polyps in up to 36% of treated women'),
('association',S,'obesity','obesity','obesity',{'g':'risk factor'}),
('association',S,'hormone replacement therapy','hormone replacement therapy','hormone replacement therapy',{'g':'risk factor'}),
('association',S,'hypertension','hypertension','hypertension',{'g':'risk factor'}),
('association',S,'Lynch syndrome','Lynch syndrome','Lynch syndrome and Cowden syndrome',{'g':'genetic'}),
('association',S,'Cowden syndrome','Cowden syndrome','Lynch syndrome and Cowden syndrome',{'g':'genetic'}),
('rank',S,'abnormal uterine bleeding','commonest','The commonest symptom is abnormal uterine bleeding',{'g':'symptom'}),
('association',S,'intermenstrual bleeding','intermenstrual bleeding','intermenstrual bleeding in premenopausal women or postmenopausal bleeding',{'g':'presentation'}),
('association',S,'postmenopausal bleeding','postmenopausal bleeding','intermenstrual bleeding in premenopausal women or postmenopausal bleeding',{'g':'presentation'}),
('association',S,'subfertility','subfertility','Polyps are also linked with subfertility',{'g':'association'}),
('association',S,'cramping pelvic pain','cramping pelvic pain','a large prolapsing polyp causes cramping pelvic pain or vaginal discharge',{'g':'presentation'}),
('statement',S,'','sessile or pedunculated','polyps may be sessile or pedunculated'),
('percentage',S,'single','approximately 80%','are single in approximately 80% of cases'),
('threshold',S,'size','less than 1 cm','Most measure less than 1 cm',{'a':'typical size'}),
('statement',S,'pedunculated polyp','prolapse through the cervical os','A pedunculated polyp may prolapse through the cervical os.'),
('statement',S,'histology','glands, fibrous stroma and thick-walled blood vessels','they contain three components: glands, fibrous stroma and thick-walled blood vessels'),
('classification',S,'hyperplastic polyps','hyperplastic','hyperplastic polyps, atrophic (inactive) polyps',{'g':'histological type'}),
('classification',S,'atrophic (inactive) polyps','atrophic','atrophic (inactive) polyps, which are typical after the menopause',{'g':'histological type'}),
('classification',S,'functional polyps','functional','functional polyps that respond to the menstrual cycle',{'g':'histological type'}),
('classification',S,'adenomyomatous polyps','adenomyomatous','Adenomyomatous polyps contain smooth muscle within the stroma.',{'g':'histological type'}),
('appearance',S,'','enhancing focus that expands the endometrial cavity','A polyp may nevertheless be noticed incidentally as an enhancing focus that expands the endometrial cavity',{'a':'CT'}),
('statement',S,'CT','no role in diagnosis','CT has no role in diagnosis.'),
('percentage',S,'carcinoma in resected polyps','approximately 1-5%','with carcinoma found in approximately 1-5% of resected polyps'),
('association',S,'postmenopausal women with bleeding','postmenopausal women with bleeding','The risk is higher in postmenopausal women with bleeding',{'g':'risk factor for malignancy'}),
('threshold',S,'polyp size','larger than 1.5 cm','in polyps larger than 1.5 cm',{'a':'higher risk of malignancy'}),
('association',S,'tamoxifen users','tamoxifen users','and in tamoxifen users',{'g':'risk factor for malignancy'}),
('appearance',S,'','well-defined, homogeneous, echogenic (hyperechoic) lesion within the endometrial cavity','a polyp usually appears as a well-defined, homogeneous, echogenic (hyperechoic) lesion within the endometrial cavity',{'a':'transvaginal ultrasound'}),
('appearance',S,'','focal or diffuse endometrial thickening with preservation of the endometrial-myometrial interface','focal or diffuse endometrial thickening, with preservation of the endometrial-myometrial interface',{'a':'ultrasound'}),
('appearance',S,'','cystic spaces within the lesion','cystic spaces within the lesion, particularly in tamoxifen-related polyps',{'a':'ultrasound'}),
('sign',S,'bright edge','bright edge','a thin hypoechoic halo or a "bright edge" where the polyp is outlined by the cavity'),
('sign',S,'pedicle artery sign','pedicle artery sign','a single feeding vessel entering through the stalk: the "pedicle artery sign"'),
('appearance',S,'','single feeding vessel entering through the stalk','on colour Doppler, a single feeding vessel entering through the stalk',{'a':'colour Doppler'}),
('percentage',S,'pedicle artery sign','more than 75%','it has been reported in more than 75% of polyps'),
('appearance','submucosal leiomyoma','','multiple vessels in a circumferential pattern','Submucosal leiomyomas, by contrast, tend to receive multiple vessels in a circumferential pattern from the surrounding myometrium',{'a':'colour Doppler'}),
('threshold',S,'timing of scan in premenopausal women','days 5-10 of the cycle','the early proliferative phase (days 5-10 of the cycle), when the endometrium is thinnest',{'a':'optimal time for scanning'}),
('threshold','postmenopausal bleeding','endometrial thickness','4 mm or less','an endometrial thickness of 4 mm or less has a high negative predictive value for cancer',{'a':'high negative predictive value for cancer'}),
('statement',S,'sonohysterography','more accurate','Saline infusion sonohysterography outlines the cavity with anechoic fluid and is more accurate than conventional transvaginal ultrasound'),
('percentage',S,'sensitivity of sonohysterography','above 90%','with a sensitivity above 90%'),
('appearance',S,'','echogenic intracavitary mass with a stalk, the overlying endometrium being intact','The polyp is seen as an echogenic intracavitary mass with a stalk, the overlying endometrium being intact.',{'a':'sonohysterography'}),
('appearance',S,'','low to intermediate signal relative to endometrium','T2: low to intermediate signal relative to endometrium',{'a':'T2'}),
('appearance',S,'','low-signal fibrous core and intratumoral cysts','a low-signal fibrous core and intratumoral cysts are characteristic',{'a':'T2'}),
('appearance',S,'','enhance, often heterogeneously','T1 C+ (Gd): enhance, often heterogeneously',{'a':'T1 C+ (Gd)'}),
('appearance',S,'','usually no restricted diffusion','DWI: usually no restricted diffusion, which helps distinguish them from endometrial carcinoma',{'a':'DWI'}),
('statement',S,'','intact junctional zone','An intact junctional zone indicates the absence of myometrial invasion.'),
('statement',S,'treatment','hysteroscopic polypectomy','Treatment is by hysteroscopic polypectomy, which is both diagnostic and therapeutic.'),
('percentage',S,'spontaneous regression within a year','about one-quarter','as about one-quarter regress spontaneously within a year'),
('percentage',S,'recurrence after removal','approximately 15%','Recurrence after removal is reported in approximately 15%.'),
('differential',S,'submucosal leiomyoma','submucosal leiomyoma','submucosal leiomyoma: hypoechoic, broad-based and with posterior shadowing'),
('differential',S,'endometrial carcinoma','endometrial carcinoma','endometrial carcinoma: irregular thickening, heterogeneous, with multiple feeding vessels and myometrial invasion'),
('differential',S,'endometrial hyperplasia','endometrial hyperplasia','endometrial hyperplasia: diffuse rather than focal thickening'),
('differential',S,'blood clot','blood clot','blood clot or retained products of conception: no internal vascularity'),
('differential',S,'retained products of conception','retained products of conception','blood clot or retained products of conception'),
('differential',S,'adenomyosis','adenomyosis','adenomyosis: ill-defined, with myometrial cysts and thickening of the junctional zone'),
])
