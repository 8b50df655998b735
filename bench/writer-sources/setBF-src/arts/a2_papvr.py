META = dict(
    slug='partial-anomalous-pulmonary-venous-return', title='Partial anomalous pulmonary venous return', system='Cardiac',
    forms=['html'], rid='52240',
    authors=['Marcus Feld', 'Ingrid Solberg'], citation_authors='Feld M, Solberg I, Achterberg J, et al',
    accessed='4 Mar 2026', created='22 Jun 2012', revised='17 Nov 2025', revisions=(58, 23),
    tags=['congenital heart disease', 'cardiac', 'pulmonary veins'], synonyms_meta=['PAPVR', 'PAPVC', 'Partial anomalous pulmonary venous connection'],
    description='Partial anomalous pulmonary venous return (PAPVR) is a congenital anomaly in which one or more, but not all, pulmonary veins drain into the systemic venous circulation.',
    related_head='Congenital heart disease', related=['Total anomalous pulmonary venous return', 'Scimitar syndrome', 'Sinus venosus atrial septal defect',
                                                       'Atrial septal defect', 'Persistent left superior vena cava', 'Qp:Qs ratio'],
    cases=['Left upper lobe PAPVR to the left brachiocephalic vein', 'Right upper lobe PAPVR with sinus venosus defect', 'Scimitar syndrome', 'Incidental PAPVR on CT pulmonary angiography'],
    refs=[('Ho ML, Bhalla S, Bierhals A, Gutierrez F. MDCT of Partial Anomalous Pulmonary Venous Return (PAPVR) in Adults. J Thorac Imaging. 2009;24(2):89-95.', '10.1097/RTI.0b013e318194c942', '19465830'),
          ('Dillman JR, Yarram SG, Hernandez RJ. Imaging of Pulmonary Venous Developmental Anomalies. AJR Am J Roentgenol. 2009;192(5):1272-85.', '10.2214/AJR.08.1526', '19380552'),
          ('Kivistö S, Hänninen H, Holmström M. Partial Anomalous Pulmonary Venous Return and Atrial Septal Defect in Adult Patients Detected with 128-Slice Multidetector Computed Tomography. J Cardiothorac Surg. 2011;6:126.', '10.1186/1749-8090-6-126', '21961905')],
)

BODY = r'''
**Partial anomalous pulmonary venous return (PAPVR)**, sometimes termed **partial anomalous pulmonary venous connection (PAPVC)**, is a congenital anomaly in which one or more, but not all, of the pulmonary veins drain into the right side of the heart or a systemic vein rather than into the left atrium. The result is a left-to-right shunt, functionally similar to an [atrial septal defect](atrial-septal-defect).

## Epidemiology

PAPVR is reported in ~0.4-0.7% of autopsies, and with the widespread use of CT it is increasingly found incidentally in adults (in roughly 0.2% of chest CTs){{1}}. There is no significant sex predilection. Isolated forms are often silent into adulthood, whereas forms associated with a septal defect tend to be recognised in childhood.

## Clinical presentation

Most patients with a single anomalous vein are asymptomatic, because the shunt is small. Where a larger fraction of pulmonary venous flow is anomalous, patients may develop exertional dyspnoea, fatigue, atrial arrhythmias and eventually pulmonary arterial hypertension and right heart failure, much as in an uncorrected atrial septal defect. A shunt with a Qp:Qs ratio above 1.5:1 is generally considered haemodynamically significant.

## Pathology

The anomaly results from failure of part of the primitive pulmonary venous plexus to connect with the common pulmonary vein, so that early connections to the cardinal and umbilicovitelline systems persist.

### Location

Right-sided anomalous veins are roughly twice as common as left-sided ones. In descending order, the common patterns are:

- right upper lobe vein to the superior vena cava (SVC): the most common pattern overall, frequently associated with a [sinus venosus atrial septal defect](sinus-venosus-atrial-septal-defect)
- left upper lobe vein to the left brachiocephalic vein via a vertical vein: the most common left-sided pattern and the type most often found incidentally in adults
- right lower lobe vein to the inferior vena cava (IVC): as seen in [scimitar syndrome](scimitar-syndrome)
- right pulmonary veins to the right atrium, azygos vein or coronary sinus: uncommon

### Associations

An atrial septal defect coexists in a large proportion (80-90%) of patients with right upper lobe PAPVR, usually of the superior sinus venosus type. Conversely, some 10-15% of all atrial septal defects are associated with anomalous venous drainage. Other associations include [Turner syndrome](turner-syndrome) (particularly left-sided PAPVR) and Noonan syndrome.

## Radiographic features

### Plain radiograph

The chest radiograph is usually normal in isolated cases. With a large shunt there may be right atrial and right ventricular enlargement with pulmonary plethora. In scimitar syndrome, a curvilinear tubular opacity paralleling the right heart border, shaped like a Turkish sword and widening towards the diaphragm, is characteristic: the **scimitar sign**. It is typically accompanied by a hypoplastic right lung with mediastinal shift to the right.

### CT

CT angiography is the mainstay of diagnosis in adults and demonstrates the course and termination of each anomalous vein with high accuracy. The diagnosis is made by following every pulmonary vein back to the left atrium; a useful rule of thumb is that there should be two veins on each side, and a missing left upper lobe vein in the normal position should prompt a search for a vertical vein.

A left vertical vein lies lateral to the aortic arch and aortopulmonary window and runs upward to join the left brachiocephalic vein. It must be distinguished from a [persistent left superior vena cava](persistent-left-superior-vena-cava), which occupies a similar position but runs downward to drain into the coronary sinus, and is usually accompanied by a normally positioned left superior pulmonary vein. Secondary signs include dilatation of the brachiocephalic vein, SVC, right atrium and right ventricle, as well as pulmonary artery enlargement.

### MRI

Cardiac MRI delineates venous anatomy on contrast-enhanced MR angiography and, importantly, allows non-invasive quantification of the shunt by phase-contrast flow measurement of pulmonary (Qp) and systemic (Qs) flow. Right ventricular volumes and function are also assessed, which helps in deciding on surgery.

### Echocardiography

Transthoracic echocardiography frequently misses PAPVR, especially in adults with limited windows. Unexplained right ventricular dilatation without a visible septal defect should raise suspicion and prompt cross-sectional imaging.

## Treatment and prognosis

Isolated single-vein PAPVR with a small shunt requires no treatment, and life expectancy is normal. Surgical repair is indicated in the presence of a significant shunt (Qp:Qs above 1.5), right ventricular volume overload or symptoms. Right upper lobe PAPVR with a sinus venosus defect is commonly repaired by a baffle procedure or the Warden procedure, which redirects flow to the left atrium. Repair is ideally carried out before irreversible pulmonary hypertension develops.

## Differential diagnosis

Imaging differentials include:

- persistent left superior vena cava: descends to the coronary sinus rather than ascending
- [total anomalous pulmonary venous return](total-anomalous-pulmonary-venous-return): all four pulmonary veins drain anomalously; presents in the neonate with cyanosis
- pulmonary varix: a focal dilatation of a normally draining pulmonary vein
- [pulmonary arteriovenous malformation](pulmonary-arteriovenous-malformation): a feeding artery and draining vein connected by a nidus or sac
- meandering pulmonary vein (pseudo-scimitar): an abnormally coursing vein that nonetheless drains to the left atrium
'''

S = 'partial anomalous pulmonary venous return'
T = 'Partial anomalous pulmonary venous return'
FACTS = [
    ('synonym', T, '', 'PAPVR', 'Partial anomalous pulmonary venous return (PAPVR)'),
    ('synonym', T, '', 'partial anomalous pulmonary venous connection (PAPVC)', 'partial anomalous pulmonary venous connection (PAPVC)'),
    ('definition', S, '', 'one or more, but not all, of the pulmonary veins drain into the right side of the heart or a systemic vein', 'a congenital anomaly in which one or more, but not all, of the pulmonary veins drain into the right side of the heart or a systemic vein rather than into the left atrium'),
    ('statement', S, '', 'left-to-right shunt', 'The result is a left-to-right shunt, functionally similar to an atrial septal defect.'),
    ('percentage', S, 'prevalence at autopsy', '~0.4-0.7%', 'PAPVR is reported in ~0.4-0.7% of autopsies'),
    ('percentage', S, 'incidental detection on chest CT', '0.2%', 'in roughly 0.2% of chest CTs'),
    ('sex_ratio', S, '', 'no significant sex predilection', 'There is no significant sex predilection.'),
    ('age', S, 'isolated forms', 'silent into adulthood', 'Isolated forms are often silent into adulthood'),
    ('age', S, 'forms with a septal defect', 'childhood', 'forms associated with a septal defect tend to be recognised in childhood'),
    ('statement', S, 'single anomalous vein', 'asymptomatic', 'Most patients with a single anomalous vein are asymptomatic, because the shunt is small.'),
    ('association', S, 'exertional dyspnoea', 'exertional dyspnoea', 'patients may develop exertional dyspnoea, fatigue, atrial arrhythmias', {'g': 'presentation'}),
    ('association', S, 'fatigue', 'fatigue', 'patients may develop exertional dyspnoea, fatigue, atrial arrhythmias', {'g': 'presentation'}),
    ('association', S, 'atrial arrhythmias', 'atrial arrhythmias', 'patients may develop exertional dyspnoea, fatigue, atrial arrhythmias', {'g': 'presentation'}),
    ('association', S, 'pulmonary arterial hypertension', 'pulmonary arterial hypertension', 'eventually pulmonary arterial hypertension and right heart failure', {'g': 'complication'}),
    ('association', S, 'right heart failure', 'right heart failure', 'eventually pulmonary arterial hypertension and right heart failure', {'g': 'complication'}),
    ('threshold', S, 'Qp:Qs ratio', 'above 1.5:1', 'A shunt with a Qp:Qs ratio above 1.5:1 is generally considered haemodynamically significant.', {'a': 'haemodynamically significant shunt'}),
    ('statement', S, 'embryology', 'common pulmonary vein', 'failure of part of the primitive pulmonary venous plexus to connect with the common pulmonary vein'),
    ('statement', S, 'embryology', 'cardinal and umbilicovitelline systems', 'early connections to the cardinal and umbilicovitelline systems persist'),
    ('statement', S, 'side', 'twice as common', 'Right-sided anomalous veins are roughly twice as common as left-sided ones.'),
    ('rank', S, 'right upper lobe vein to the superior vena cava', 'most common', 'right upper lobe vein to the superior vena cava (SVC): the most common pattern overall', {'g': 'pattern of PAPVR'}),
    ('association', 'right upper lobe PAPVR', 'sinus venosus atrial septal defect', 'sinus venosus atrial septal defect', 'frequently associated with a sinus venosus atrial septal defect', {'g': 'associated anomaly'}),
    ('rank', S, 'left upper lobe vein to the left brachiocephalic vein', 'most common left-sided pattern', 'left upper lobe vein to the left brachiocephalic vein via a vertical vein: the most common left-sided pattern', {'g': 'left-sided pattern of PAPVR'}),
    ('statement', 'left upper lobe PAPVR', '', 'found incidentally in adults', 'the type most often found incidentally in adults'),
    ('classification', S, 'right lower lobe vein to the inferior vena cava', 'scimitar syndrome', 'right lower lobe vein to the inferior vena cava (IVC): as seen in scimitar syndrome', {'g': 'pattern of PAPVR'}),
    ('classification', S, 'right pulmonary veins to the right atrium, azygos vein or coronary sinus', 'uncommon', 'right pulmonary veins to the right atrium, azygos vein or coronary sinus: uncommon', {'g': 'pattern of PAPVR'}),
    ('percentage', 'right upper lobe PAPVR', 'coexisting atrial septal defect', '80-90%', 'An atrial septal defect coexists in a large proportion (80-90%) of patients with right upper lobe PAPVR'),
    ('statement', 'right upper lobe PAPVR', 'atrial septal defect type', 'superior sinus venosus type', 'usually of the superior sinus venosus type'),
    ('percentage', 'atrial septal defect', 'associated anomalous venous drainage', '10-15%', 'some 10-15% of all atrial septal defects are associated with anomalous venous drainage'),
    ('association', S, 'Turner syndrome', 'Turner syndrome', 'Turner syndrome (particularly left-sided PAPVR)', {'g': 'associated syndrome'}),
    ('association', S, 'Noonan syndrome', 'Noonan syndrome', 'Other associations include Turner syndrome (particularly left-sided PAPVR) and Noonan syndrome', {'g': 'associated syndrome'}),
    ('appearance', S, 'isolated', 'usually normal', 'The chest radiograph is usually normal in isolated cases.', {'a': 'plain radiograph'}),
    ('appearance', S, 'large shunt', 'right atrial and right ventricular enlargement with pulmonary plethora', 'With a large shunt there may be right atrial and right ventricular enlargement with pulmonary plethora.', {'a': 'plain radiograph'}),
    ('sign', 'scimitar syndrome', 'scimitar sign', 'scimitar sign', 'a curvilinear tubular opacity paralleling the right heart border, shaped like a Turkish sword and widening towards the diaphragm, is characteristic: the scimitar sign'),
    ('appearance', 'scimitar syndrome', '', 'hypoplastic right lung with mediastinal shift to the right', 'It is typically accompanied by a hypoplastic right lung with mediastinal shift to the right.', {'a': 'plain radiograph'}),
    ('statement', S, 'diagnosis in adults', 'CT angiography', 'CT angiography is the mainstay of diagnosis in adults'),
    ('statement', S, 'CT search', 'two veins on each side', 'a useful rule of thumb is that there should be two veins on each side'),
    ('appearance', S, 'left vertical vein', 'lateral to the aortic arch, runs upward to the left brachiocephalic vein', 'A left vertical vein lies lateral to the aortic arch and aortopulmonary window and runs upward to join the left brachiocephalic vein.', {'a': 'CT'}),
    ('differential', S, 'persistent left superior vena cava', 'persistent left superior vena cava', 'It must be distinguished from a persistent left superior vena cava, which occupies a similar position but runs downward to drain into the coronary sinus'),
    ('statement', 'persistent left superior vena cava', '', 'normally positioned left superior pulmonary vein', 'is usually accompanied by a normally positioned left superior pulmonary vein'),
    ('appearance', S, 'secondary signs', 'dilatation of the brachiocephalic vein, SVC, right atrium and right ventricle', 'Secondary signs include dilatation of the brachiocephalic vein, SVC, right atrium and right ventricle, as well as pulmonary artery enlargement.', {'a': 'CT'}),
    ('statement', S, 'MRI shunt quantification', 'phase-contrast flow measurement', 'allows non-invasive quantification of the shunt by phase-contrast flow measurement of pulmonary (Qp) and systemic (Qs) flow'),
    ('statement', S, 'echocardiography', 'frequently misses', 'Transthoracic echocardiography frequently misses PAPVR, especially in adults with limited windows.'),
    ('statement', S, 'clue', 'unexplained right ventricular dilatation', 'Unexplained right ventricular dilatation without a visible septal defect should raise suspicion'),
    ('statement', S, 'isolated single-vein PAPVR', 'no treatment', 'Isolated single-vein PAPVR with a small shunt requires no treatment, and life expectancy is normal.'),
    ('threshold', S, 'Qp:Qs', 'above 1.5', 'Surgical repair is indicated in the presence of a significant shunt (Qp:Qs above 1.5)', {'a': 'indication for surgical repair'}),
    ('statement', S, 'surgical repair', 'Warden procedure', 'Right upper lobe PAPVR with a sinus venosus defect is commonly repaired by a baffle procedure or the Warden procedure'),
    ('statement', S, 'timing of repair', 'irreversible pulmonary hypertension', 'Repair is ideally carried out before irreversible pulmonary hypertension develops.'),
    ('differential', S, 'total anomalous pulmonary venous return', 'total anomalous pulmonary venous return', 'total anomalous pulmonary venous return: all four pulmonary veins drain anomalously; presents in the neonate with cyanosis'),
    ('differential', S, 'pulmonary varix', 'pulmonary varix', 'pulmonary varix: a focal dilatation of a normally draining pulmonary vein'),
    ('differential', S, 'pulmonary arteriovenous malformation', 'pulmonary arteriovenous malformation', 'pulmonary arteriovenous malformation: a feeding artery and draining vein connected by a nidus or sac'),
    ('differential', S, 'meandering pulmonary vein', 'meandering pulmonary vein (pseudo-scimitar)', 'meandering pulmonary vein (pseudo-scimitar): an abnormally coursing vein that nonetheless drains to the left atrium'),
]
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
