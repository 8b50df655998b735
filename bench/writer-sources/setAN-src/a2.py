S='anomalous left coronary artery from the pulmonary artery'
A=dict(slug='anomalous-left-coronary-artery-from-the-pulmonary-artery', title='Anomalous left coronary artery from the pulmonary artery', system='Cardiac', forms=['html'], rid=30417,
modality='ct', authors=['Daniel Okonkwo','Marta Ferreira'], created='22 Feb 2014', revs=41, contrib=17,
desc='ALCAPA is a rare congenital coronary anomaly in which the left coronary artery arises from the pulmonary trunk.',
promo='Cardiac CT and MRI course - enrol now', syn=['ALCAPA','Bland-White-Garland syndrome'],
related_title='Coronary artery anomalies', related=['Coronary artery anomalies','Anomalous right coronary artery from the pulmonary artery','Coronary artery fistula','Dilated cardiomyopathy','Malignant interarterial course'],
cases=['ALCAPA in an infant','adult-type ALCAPA on CT coronary angiography','ALCAPA - MRI late gadolinium enhancement'],
refs=['Pena E, Nguyen ET, Merchant N, Dennie C. ALCAPA Syndrome: Not Just a Pediatric Disease. Radiographics. 2009;29(2):553-65.',
'Dodge-Khatami A, Mavroudis C, Backer CL. Anomalous Origin of the Left Coronary Artery from the Pulmonary Artery: Collective Review of Surgical Therapy. Ann Thorac Surg. 2002;74(3):946-55.',
'Yau JM, Singh R, Halpern EJ, Fischman D. Anomalous Origin of the Left Coronary Artery from the Pulmonary Artery in Adults: a Comprehensive Review of 151 Adult Cases. Clin Cardiol. 2011;34(4):204-10.'],
body='''
**Anomalous left coronary artery from the pulmonary artery (ALCAPA)**, also known as **Bland-White-Garland syndrome**, is a rare congenital anomaly in which the left main coronary artery arises from the pulmonary trunk instead of the left coronary sinus of the aorta. Untreated, it is one of the commonest causes of myocardial ischaemia and infarction in infancy.

## Epidemiology

ALCAPA occurs in approximately 1 in 300,000 live births and accounts for roughly 0.25-0.5% of all congenital heart disease [[1]]. It is usually an isolated lesion, although associations with {patent ductus arteriosus}, ventricular septal defect and {coarctation of the aorta} have been reported in about 5% of cases. There is no sex predilection.

## Clinical presentation

Two clinical types are described, depending on the extent of collateral flow between the right and left coronary systems:

- infantile type: accounts for about 85% of patients; presents at 1-2 months of age
- adult type: the remaining 15%; well-developed collaterals allow survival into adulthood

Symptoms in infants typically begin once pulmonary vascular resistance falls after birth. Feeding triggers episodes of irritability, pallor and sweating, which have been likened to angina, and the child then develops failure to thrive and congestive cardiac failure. Without surgery, around 90% of infants die within the first year of life.

Adults present with exertional angina, dyspnoea, arrhythmia or, in the worst case, sudden cardiac death, which may be the first manifestation. The ECG in infants classically shows deep Q waves in leads I, aVL and V5-V6.

## Pathology

In utero, pressure in the pulmonary artery is high, so the anomalous left coronary artery is perfused antegradely and the myocardium is not ischaemic. After birth the pulmonary arterial pressure and oxygen content drop. Flow in the left coronary artery eventually reverses: blood passes from the right coronary artery through collaterals into the left system and then drains into the low-pressure pulmonary trunk. This left-to-right shunt is termed coronary steal.

The resulting chronic ischaemia of the left ventricle produces dilatation, subendocardial fibrosis and papillary muscle infarction with mitral regurgitation.

## Radiographic features

### Plain radiograph

The chest radiograph in an infant shows cardiomegaly with left atrial and left ventricular enlargement, often accompanied by pulmonary venous congestion. In adults the radiograph may be normal.

### Echocardiography

Echocardiography is the first-line investigation in children. Useful findings include:

- a dilated, poorly contracting left ventricle
- echogenic papillary muscles, reflecting fibrosis
- a dilated right coronary artery
- colour Doppler showing retrograde diastolic flow from the left coronary artery into the pulmonary trunk
- multiple intraseptal collateral vessels with colour flow

### CT

CT coronary angiography is the modality of choice in adults and shows the anatomy directly: the left main coronary artery arises from the posterior or left aspect of the pulmonary trunk. The right coronary artery is dilated and tortuous, and there are prominent intercoronary collaterals. A ratio of right coronary artery to aortic annulus diameter above 0.14 has been suggested as a clue to the diagnosis on echocardiography.

### MRI

Cardiac MRI demonstrates the anomalous origin and also assesses the myocardium. Late gadolinium enhancement is typically subendocardial and involves the papillary muscles, indicating infarction, and stress perfusion imaging may show inducible ischaemia in the left coronary territory.

### Angiography

Conventional angiography was historically the gold standard. Aortic root injection opacifies only a large right coronary artery; the left system then fills late via collaterals, with contrast draining into the pulmonary artery.

## Treatment and prognosis

Surgery is indicated in all patients once the diagnosis is made, regardless of age. The preferred repair is direct reimplantation of the left coronary artery into the aorta, creating a dual coronary system. Alternatives include the Takeuchi procedure (an intrapulmonary baffle) and ligation of the anomalous artery with coronary artery bypass grafting. Left ventricular function usually recovers well after repair in infants, although residual mitral regurgitation may need later valve surgery. Operative mortality in contemporary series is under 5%.

## Differential diagnosis

In an infant with a dilated poorly functioning left ventricle, the differential includes:

- {dilated cardiomyopathy}: the coronary origins are normal
- {viral myocarditis}
- {endocardial fibroelastosis}, which may coexist with ALCAPA

In adults, the imaging differential includes:

- {coronary artery fistula} draining into the pulmonary artery: both coronary arteries arise normally from the aorta
- anomalous right coronary artery from the pulmonary artery (ARCAPA), which is rarer and usually less symptomatic
''',
facts=[
('synonym',S,'','ALCAPA','Anomalous left coronary artery from the pulmonary artery (ALCAPA)'),
('synonym',S,'','Bland-White-Garland syndrome','also known as Bland-White-Garland syndrome'),
('definition',S,'','left main coronary artery arises from the pulmonary trunk','a rare congenital anomaly in which the left main coronary artery arises from the pulmonary trunk instead of the left coronary sinus of the aorta'),
('rank',S,'ALCAPA','one of the commonest','one of the commonest causes of myocardial ischaemia and infarction in infancy',{'g':'cause of myocardial ischaemia in infancy'}),
('statement',S,'incidence','1 in 300,000 live births','ALCAPA occurs in approximately 1 in 300,000 live births'),
('percentage',S,'congenital heart disease','0.25-0.5%','accounts for roughly 0.25-0.5% of all congenital heart disease'),
('statement',S,'','isolated lesion','It is usually an isolated lesion'),
('association',S,'patent ductus arteriosus','patent ductus arteriosus','associations with patent ductus arteriosus, ventricular septal defect and coarctation of the aorta',{'g':'associated anomaly'}),
('association',S,'ventricular septal defect','ventricular septal defect','associations with patent ductus arteriosus, ventricular septal defect and coarctation of the aorta',{'g':'associated anomaly'}),
('association',S,'coarctation of the aorta','coarctation of the aorta','associations with patent ductus arteriosus, ventricular septal defect and coarctation of the aorta',{'g':'associated anomaly'}),
('percentage',S,'associated anomalies','about 5%','have been reported in about 5% of cases'),
('sex_ratio',S,'','no sex predilection','There is no sex predilection.'),
('classification',S,'infantile type','infantile type','infantile type: accounts for about 85% of patients',{'g':'clinical type'}),
('classification',S,'adult type','adult type','adult type: the remaining 15%',{'g':'clinical type'}),
('frequency',S,'infantile type','about 85%','infantile type: accounts for about 85% of patients',{'g':'clinical type'}),
('frequency',S,'adult type','15%','adult type: the remaining 15%',{'g':'clinical type'}),
('age',S,'infantile type presentation','1-2 months of age','presents at 1-2 months of age'),
('statement',S,'adult type','collaterals','well-developed collaterals allow survival into adulthood'),
('statement',S,'','pulmonary vascular resistance','Symptoms in infants typically begin once pulmonary vascular resistance falls after birth.'),
('association',S,'feeding-related irritability, pallor and sweating','irritability, pallor and sweating','Feeding triggers episodes of irritability, pallor and sweating, which have been likened to angina',{'g':'presentation'}),
('association',S,'failure to thrive','failure to thrive','the child then develops failure to thrive and congestive cardiac failure',{'g':'presentation'}),
('association',S,'congestive cardiac failure','congestive cardiac failure','the child then develops failure to thrive and congestive cardiac failure',{'g':'presentation'}),
('percentage',S,'mortality in first year without surgery','around 90%','Without surgery, around 90% of infants die within the first year of life.'),
('association',S,'exertional angina','exertional angina','Adults present with exertional angina, dyspnoea, arrhythmia',{'g':'presentation'}),
('association',S,'dyspnoea','dyspnoea','Adults present with exertional angina, dyspnoea, arrhythmia',{'g':'presentation'}),
('association',S,'arrhythmia','arrhythmia','Adults present with exertional angina, dyspnoea, arrhythmia',{'g':'presentation'}),
('association',S,'sudden cardiac death','sudden cardiac death','sudden cardiac death, which may be the first manifestation',{'g':'presentation'}),
('statement',S,'ECG','deep Q waves in leads I, aVL and V5-V6','The ECG in infants classically shows deep Q waves in leads I, aVL and V5-V6.'),
('statement',S,'in utero','perfused antegradely','the anomalous left coronary artery is perfused antegradely and the myocardium is not ischaemic'),
('statement',S,'','coronary steal','This left-to-right shunt is termed coronary steal.'),
('statement',S,'flow reversal','drains into the low-pressure pulmonary trunk','blood passes from the right coronary artery through collaterals into the left system and then drains into the low-pressure pulmonary trunk'),
('association',S,'left ventricular dilatation','dilatation','The resulting chronic ischaemia of the left ventricle produces dilatation, subendocardial fibrosis and papillary muscle infarction with mitral regurgitation',{'g':'complication'}),
('association',S,'subendocardial fibrosis','subendocardial fibrosis','dilatation, subendocardial fibrosis and papillary muscle infarction',{'g':'complication'}),
('association',S,'papillary muscle infarction','papillary muscle infarction','papillary muscle infarction with mitral regurgitation',{'g':'complication'}),
('association',S,'mitral regurgitation','mitral regurgitation','papillary muscle infarction with mitral regurgitation',{'g':'complication'}),
('appearance',S,'infant','cardiomegaly with left atrial and left ventricular enlargement','The chest radiograph in an infant shows cardiomegaly with left atrial and left ventricular enlargement',{'a':'plain radiograph'}),
('appearance',S,'infant','pulmonary venous congestion','often accompanied by pulmonary venous congestion',{'a':'plain radiograph'}),
('appearance',S,'adult','may be normal','In adults the radiograph may be normal.',{'a':'plain radiograph'}),
('statement',S,'children','Echocardiography','Echocardiography is the first-line investigation in children.'),
('appearance',S,'','dilated, poorly contracting left ventricle','a dilated, poorly contracting left ventricle',{'a':'echocardiography'}),
('appearance',S,'','echogenic papillary muscles','echogenic papillary muscles, reflecting fibrosis',{'a':'echocardiography'}),
('appearance',S,'','dilated right coronary artery','a dilated right coronary artery',{'a':'echocardiography'}),
('appearance',S,'','retrograde diastolic flow from the left coronary artery into the pulmonary trunk','colour Doppler showing retrograde diastolic flow from the left coronary artery into the pulmonary trunk',{'a':'colour Doppler'}),
('appearance',S,'','intraseptal collateral vessels','multiple intraseptal collateral vessels with colour flow',{'a':'colour Doppler'}),
('statement',S,'adults','CT coronary angiography','CT coronary angiography is the modality of choice in adults'),
('appearance',S,'','left main coronary artery arises from the posterior or left aspect of the pulmonary trunk','the left main coronary artery arises from the posterior or left aspect of the pulmonary trunk',{'a':'CT'}),
('appearance',S,'','dilated and tortuous right coronary artery','The right coronary artery is dilated and tortuous, and there are prominent intercoronary collaterals',{'a':'CT'}),
('threshold',S,'right coronary artery to aortic annulus diameter ratio','above 0.14','A ratio of right coronary artery to aortic annulus diameter above 0.14',{'a':'suggests the diagnosis'}),
('appearance',S,'','subendocardial late gadolinium enhancement involving the papillary muscles','Late gadolinium enhancement is typically subendocardial and involves the papillary muscles',{'a':'MRI late gadolinium enhancement'}),
('appearance',S,'','inducible ischaemia in the left coronary territory','stress perfusion imaging may show inducible ischaemia in the left coronary territory',{'a':'MRI stress perfusion'}),
('statement',S,'','gold standard','Conventional angiography was historically the gold standard.'),
('appearance',S,'','only a large right coronary artery opacifies; left system fills late via collaterals','Aortic root injection opacifies only a large right coronary artery; the left system then fills late via collaterals, with contrast draining into the pulmonary artery',{'a':'angiography'}),
('statement',S,'','Surgery is indicated in all patients','Surgery is indicated in all patients once the diagnosis is made, regardless of age.'),
('statement',S,'preferred repair','direct reimplantation','The preferred repair is direct reimplantation of the left coronary artery into the aorta, creating a dual coronary system.'),
('statement',S,'','Takeuchi procedure','the Takeuchi procedure (an intrapulmonary baffle)'),
('statement',S,'','ligation of the anomalous artery with coronary artery bypass grafting','ligation of the anomalous artery with coronary artery bypass grafting'),
('percentage',S,'operative mortality','under 5%','Operative mortality in contemporary series is under 5%.'),
('differential',S,'dilated cardiomyopathy','dilated cardiomyopathy','dilated cardiomyopathy: the coronary origins are normal'),
('differential',S,'viral myocarditis','viral myocarditis','viral myocarditis'),
('differential',S,'endocardial fibroelastosis','endocardial fibroelastosis','endocardial fibroelastosis, which may coexist with ALCAPA'),
('differential',S,'coronary artery fistula','coronary artery fistula','coronary artery fistula draining into the pulmonary artery: both coronary arteries arise normally from the aorta'),
('differential',S,'ARCAPA','anomalous right coronary artery from the pulmonary artery','anomalous right coronary artery from the pulmonary artery (ARCAPA), which is rarer and usually less symptomatic'),
])
