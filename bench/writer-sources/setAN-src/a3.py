S='gastric adenocarcinoma'
A=dict(slug='gastric-adenocarcinoma', title='Gastric adenocarcinoma', system='Gastrointestinal', forms=['txt'], rid=8120,
modality='ct', authors=['Hannah Kowalczyk','Ricardo Almeida'], created='3 Oct 2008', revs=112, contrib=39,
desc='Gastric adenocarcinoma is the most common malignant tumour of the stomach.',
promo='Abdominal imaging essentials - new course', syn=['Gastric cancer','Stomach cancer','Carcinoma of the stomach'],
related_title='Gastric neoplasms', related=['Gastric lymphoma','Gastrointestinal stromal tumour','Linitis plastica','Krukenberg tumour','Gastric polyps'],
cases=['gastric adenocarcinoma - antral mass','linitis plastica','gastric cancer with peritoneal deposits'],
refs=['Lee MH, Choi D, Park MJ, Lee MW. Gastric Cancer: Imaging and Staging with MDCT Based on the 7th AJCC Guidelines. Abdom Imaging. 2012;37(4):531-40.',
'Ba-Ssalamah A, Prokop M, Uffmann M et al. Dedicated Multidetector CT of the Stomach: Spectrum of Diseases. Radiographics. 2003;23(3):625-44.',
'Smyth EC, Nilsson M, Grabsch HI et al. Gastric Cancer. Lancet. 2020;396(10251):635-48.'],
body='''
Gastric adenocarcinoma is the most common malignant tumour of the stomach, making up around 95% of gastric malignancies[[1]]. Most cases are diagnosed endoscopically; the main role of imaging is staging.

## Epidemiology

Worldwide it remains the fifth most common cancer, although its incidence has fallen steadily in Western countries over the last century. Rates are highest in East Asia (Japan and Korea in particular), Eastern Europe and the Andean region of South America. Men are affected approximately twice as often as women, and the peak incidence lies in the 6th and 7th decades; the disease is rare under the age of 40.

### Risk factors

Risk factors include:

- Helicobacter pylori infection, which is the single most important factor
- atrophic gastritis and intestinal metaplasia
- pernicious anaemia
- diets high in salt, smoked or nitrate-preserved food
- smoking
- previous partial gastrectomy (e.g. Billroth II), with a latency of 15 years or more
- adenomatous gastric polyps
- hereditary diffuse gastric cancer, caused by germline CDH1 (E-cadherin) mutations
- Lynch syndrome and familial adenomatous polyposis

## Clinical presentation

Early disease is typically silent or causes only vague dyspepsia. By the time symptoms such as weight loss, epigastric pain, early satiety, vomiting from gastric outlet obstruction, anaemia or haematemesis appear, the tumour is often advanced. On examination there may be a left supraclavicular node (Virchow node), a periumbilical nodule (Sister Mary Joseph nodule) or a palpable rectal shelf from pelvic drop metastases (Blumer shelf).

## Pathology

The Lauren classification divides tumours into two principal types:

- intestinal type: gland-forming, associated with H. pylori and intestinal metaplasia, more frequent in older men and in high-incidence regions
- diffuse type: poorly cohesive cells, often signet ring cells, that infiltrate the wall; seen in younger patients and carries a worse prognosis

Early gastric cancer is defined as a tumour confined to the mucosa or submucosa, irrespective of nodal status. The antrum and lesser curvature have traditionally been the commonest sites, but proximal (cardia) tumours have become more common in the West.

## Radiographic features

### Fluoroscopy

Double-contrast barium meal, now largely replaced by endoscopy, may show a polypoid filling defect, an irregular malignant ulcer or a rigid narrowed segment. Malignant ulcers project within the expected line of the gastric wall and have irregular, nodular radiating folds that stop short of the ulcer crater. The diffusely infiltrating form narrows and stiffens the stomach, producing the "leather bottle" appearance of {linitis plastica}.

### CT

Multidetector CT with the stomach distended by water (600-1000 mL) as a negative oral contrast agent is the standard staging tool. The tumour appears as focal or diffuse wall thickening or a mass, usually enhancing avidly in the arterial or portal venous phase. A normal distended gastric wall should measure less than 5 mm. Other staging features include:

- loss of the fat plane around the stomach, suggesting serosal (T4a) invasion
- regional lymph nodes greater than 8 mm in short axis, or rounded nodes with central necrosis
- peritoneal nodules, omental caking and ascites
- {Krukenberg tumour}: ovarian metastases, typically from signet ring cell tumours
- hepatic metastases, usually hypoattenuating in the portal venous phase

The overall accuracy of CT for T staging is approximately 70-90%, but it is poor for the detection of small peritoneal deposits, which is why staging laparoscopy is performed before curative surgery.

### Endoscopic ultrasound

Endoscopic ultrasound (EUS) depicts the five layers of the gastric wall and is the most accurate method for T staging of early tumours. The tumour is seen as a hypoechoic mass disrupting the normal layered pattern.

### PET-CT

FDG PET-CT is of limited value for diffuse and mucinous or signet ring cell tumours, which are often not FDG avid, but it can help to detect distant metastases in intestinal-type tumours.

## Treatment and prognosis

Early gastric cancer may be treated by endoscopic submucosal dissection. For locally advanced disease, perioperative chemotherapy followed by gastrectomy with D2 lymphadenectomy is the standard approach in many centres. Prognosis depends chiefly on stage: five-year survival exceeds 90% for early gastric cancer but is less than 30% overall in Western series, where presentation is usually late.

## Differential diagnosis

The main imaging differentials include:

- {gastric lymphoma}: bulky wall thickening with preserved pliability, less gastric outlet obstruction and larger, more widespread nodes
- {gastrointestinal stromal tumour}: an exophytic submucosal mass, often with central necrosis, and rarely lymphadenopathy
- benign gastric ulcer: projects beyond the gastric lumen with smooth radiating folds (Hampton line)
- {Menetrier disease}: giant fundal and body folds that typically spare the antrum
- gastric metastases, e.g. from breast carcinoma, which can mimic linitis plastica
''',
facts=[
('rank',S,'gastric adenocarcinoma','most common','Gastric adenocarcinoma is the most common malignant tumour of the stomach',{'g':'malignant tumour of the stomach'}),
('frequency',S,'adenocarcinoma','around 95%','making up around 95% of gastric malignancies',{'g':'gastric malignancies'}),
('statement',S,'role of imaging','staging','the main role of imaging is staging'),
('rank',S,'gastric cancer','fifth most common','Worldwide it remains the fifth most common cancer',{'g':'cancer worldwide'}),
('statement',S,'incidence','East Asia','Rates are highest in East Asia (Japan and Korea in particular), Eastern Europe and the Andean region of South America.'),
('sex_ratio',S,'','M:F 2:1','Men are affected approximately twice as often as women'),
('age',S,'peak incidence','6th and 7th decades','the peak incidence lies in the 6th and 7th decades'),
('age',S,'','rare under the age of 40','the disease is rare under the age of 40'),
('association',S,'Helicobacter pylori infection','Helicobacter pylori infection','Helicobacter pylori infection, which is the single most important factor',{'g':'risk factor'}),
('rank',S,'Helicobacter pylori infection','single most important','Helicobacter pylori infection, which is the single most important factor',{'g':'risk factor'}),
('association',S,'atrophic gastritis','atrophic gastritis','atrophic gastritis and intestinal metaplasia',{'g':'risk factor'}),
('association',S,'intestinal metaplasia','intestinal metaplasia','atrophic gastritis and intestinal metaplasia',{'g':'risk factor'}),
('association',S,'pernicious anaemia','pernicious anaemia','pernicious anaemia',{'g':'risk factor'}),
('association',S,'diet high in salt, smoked or nitrate-preserved food','diets high in salt, smoked or nitrate-preserved food','diets high in salt, smoked or nitrate-preserved food',{'g':'risk factor'}),
('association',S,'smoking','smoking','smoking',{'g':'risk factor'}),
('association',S,'previous partial gastrectomy','previous partial gastrectomy','previous partial gastrectomy (e.g. Billroth II), with a latency of 15 years or more',{'g':'risk factor'}),
('threshold',S,'latency after partial gastrectomy','15 years or more','with a latency of 15 years or more',{'a':'latency before cancer after partial gastrectomy'}),
('association',S,'adenomatous gastric polyps','adenomatous gastric polyps','adenomatous gastric polyps',{'g':'risk factor'}),
('association',S,'hereditary diffuse gastric cancer','CDH1','hereditary diffuse gastric cancer, caused by germline CDH1 (E-cadherin) mutations',{'g':'genetic'}),
('association',S,'Lynch syndrome','Lynch syndrome','Lynch syndrome and familial adenomatous polyposis',{'g':'genetic'}),
('association',S,'familial adenomatous polyposis','familial adenomatous polyposis','Lynch syndrome and familial adenomatous polyposis',{'g':'genetic'}),
('statement',S,'early disease','vague dyspepsia','Early disease is typically silent or causes only vague dyspepsia.'),
('association',S,'weight loss','weight loss','weight loss, epigastric pain, early satiety, vomiting from gastric outlet obstruction, anaemia or haematemesis',{'g':'presentation'}),
('association',S,'epigastric pain','epigastric pain','weight loss, epigastric pain, early satiety',{'g':'presentation'}),
('association',S,'early satiety','early satiety','epigastric pain, early satiety',{'g':'presentation'}),
('association',S,'gastric outlet obstruction','vomiting from gastric outlet obstruction','vomiting from gastric outlet obstruction',{'g':'presentation'}),
('association',S,'anaemia','anaemia','anaemia or haematemesis',{'g':'presentation'}),
('association',S,'haematemesis','haematemesis','anaemia or haematemesis',{'g':'presentation'}),
('sign',S,'Virchow node','Virchow node','a left supraclavicular node (Virchow node)'),
('sign',S,'Sister Mary Joseph nodule','Sister Mary Joseph nodule','a periumbilical nodule (Sister Mary Joseph nodule)'),
('sign',S,'Blumer shelf','Blumer shelf','a palpable rectal shelf from pelvic drop metastases (Blumer shelf)'),
('classification',S,'intestinal type','intestinal type','intestinal type: gland-forming, associated with H. pylori and intestinal metaplasia',{'g':'Lauren classification'}),
('classification',S,'diffuse type','diffuse type','diffuse type: poorly cohesive cells, often signet ring cells',{'g':'Lauren classification'}),
('statement',S,'diffuse type','worse prognosis','seen in younger patients and carries a worse prognosis'),
('statement',S,'intestinal type','older men','more frequent in older men and in high-incidence regions'),
('definition','early gastric cancer','','a tumour confined to the mucosa or submucosa, irrespective of nodal status','Early gastric cancer is defined as a tumour confined to the mucosa or submucosa, irrespective of nodal status.'),
('rank',S,'antrum and lesser curvature','commonest','The antrum and lesser curvature have traditionally been the commonest sites',{'g':'site'}),
('statement',S,'','proximal (cardia) tumours','proximal (cardia) tumours have become more common in the West'),
('appearance',S,'','polypoid filling defect, irregular malignant ulcer or rigid narrowed segment','may show a polypoid filling defect, an irregular malignant ulcer or a rigid narrowed segment',{'a':'barium meal'}),
('appearance','malignant gastric ulcer','','project within the expected line of the gastric wall','Malignant ulcers project within the expected line of the gastric wall',{'a':'barium meal'}),
('appearance','malignant gastric ulcer','','irregular, nodular radiating folds that stop short of the ulcer crater','have irregular, nodular radiating folds that stop short of the ulcer crater',{'a':'barium meal'}),
('sign','linitis plastica','leather bottle appearance','leather bottle','producing the "leather bottle" appearance of linitis plastica'),
('threshold',S,'water distension','600-1000 mL','the stomach distended by water (600-1000 mL) as a negative oral contrast agent',{'a':'volume of water for gastric distension'}),
('statement',S,'standard staging tool','Multidetector CT','Multidetector CT with the stomach distended by water (600-1000 mL) as a negative oral contrast agent is the standard staging tool.'),
('appearance',S,'','focal or diffuse wall thickening or a mass, enhancing avidly','The tumour appears as focal or diffuse wall thickening or a mass, usually enhancing avidly in the arterial or portal venous phase',{'a':'CT'}),
('threshold','normal gastric wall','wall thickness','less than 5 mm','A normal distended gastric wall should measure less than 5 mm.',{'a':'normal distended gastric wall'}),
('appearance',S,'serosal invasion','loss of the fat plane around the stomach','loss of the fat plane around the stomach, suggesting serosal (T4a) invasion',{'a':'CT'}),
('threshold',S,'regional lymph node short axis','greater than 8 mm','regional lymph nodes greater than 8 mm in short axis',{'a':'suspicious lymph node'}),
('appearance',S,'peritoneal spread','peritoneal nodules, omental caking and ascites','peritoneal nodules, omental caking and ascites',{'a':'CT'}),
('association',S,'Krukenberg tumour','Krukenberg tumour','Krukenberg tumour: ovarian metastases, typically from signet ring cell tumours',{'g':'metastasis'}),
('appearance',S,'hepatic metastases','hypoattenuating in the portal venous phase','hepatic metastases, usually hypoattenuating in the portal venous phase',{'a':'CT portal venous phase'}),
('percentage',S,'CT accuracy for T staging','approximately 70-90%','The overall accuracy of CT for T staging is approximately 70-90%'),
('statement',S,'CT limitation','small peritoneal deposits','it is poor for the detection of small peritoneal deposits, which is why staging laparoscopy is performed before curative surgery'),
('statement',S,'','five layers of the gastric wall','Endoscopic ultrasound (EUS) depicts the five layers of the gastric wall'),
('rank',S,'endoscopic ultrasound','most accurate','is the most accurate method for T staging of early tumours',{'g':'T staging of early tumours'}),
('appearance',S,'','hypoechoic mass disrupting the normal layered pattern','The tumour is seen as a hypoechoic mass disrupting the normal layered pattern.',{'a':'endoscopic ultrasound'}),
('appearance',S,'diffuse, mucinous or signet ring cell tumours','often not FDG avid','diffuse and mucinous or signet ring cell tumours, which are often not FDG avid',{'a':'FDG PET-CT'}),
('statement',S,'early gastric cancer treatment','endoscopic submucosal dissection','Early gastric cancer may be treated by endoscopic submucosal dissection.'),
('statement',S,'locally advanced disease treatment','D2 lymphadenectomy','perioperative chemotherapy followed by gastrectomy with D2 lymphadenectomy is the standard approach'),
('percentage',S,'five-year survival of early gastric cancer','exceeds 90%','five-year survival exceeds 90% for early gastric cancer'),
('percentage',S,'overall five-year survival in Western series','less than 30%','but is less than 30% overall in Western series'),
('differential',S,'gastric lymphoma','gastric lymphoma','gastric lymphoma: bulky wall thickening with preserved pliability, less gastric outlet obstruction and larger, more widespread nodes'),
('differential',S,'gastrointestinal stromal tumour','gastrointestinal stromal tumour','gastrointestinal stromal tumour: an exophytic submucosal mass, often with central necrosis, and rarely lymphadenopathy'),
('differential',S,'benign gastric ulcer','benign gastric ulcer','benign gastric ulcer: projects beyond the gastric lumen with smooth radiating folds (Hampton line)'),
('sign','benign gastric ulcer','Hampton line','Hampton line','smooth radiating folds (Hampton line)'),
('differential',S,'Menetrier disease','Menetrier disease','Menetrier disease: giant fundal and body folds that typically spare the antrum'),
('differential',S,'gastric metastases','gastric metastases','gastric metastases, e.g. from breast carcinoma, which can mimic linitis plastica'),
])
