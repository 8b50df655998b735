S='exogenous lipoid pneumonia'
A=dict(slug='exogenous-lipoid-pneumonia', title='Exogenous lipoid pneumonia', system='Chest', forms=['md'], rid=21874,
modality='ct', authors=['Priya Ramanathan','Owen Gallagher'], created='9 Jun 2011', revs=58, contrib=21,
desc='Exogenous lipoid pneumonia is a chronic inflammatory reaction of the lung to aspirated or inhaled oils.',
promo='Chest imaging masterclass - new modules available', syn=['Lipid pneumonia','Paraffinoma of the lung','Oil aspiration pneumonia'],
related_title='Aspiration', related=['Aspiration pneumonia','Endogenous lipoid pneumonia','Crazy paving','CT angiogram sign','Fat-containing lung lesions'],
cases=['lipoid pneumonia with fat attenuation','paraffinoma mimicking carcinoma','lipoid pneumonia in a child'],
refs=['Betancourt SL, Martinez-Jimenez S, Rossi SE et al. Lipoid Pneumonia: Spectrum of Clinical and Radiologic Manifestations. AJR Am J Roentgenol. 2010;194(1):103-9.',
'Marchiori E, Zanetti G, Mano CM, Hochhegger B. Exogenous Lipoid Pneumonia. Clinical and Radiological Manifestations. Respir Med. 2011;105(5):659-66.',
'Laurent F, Philippe JC, Vergier B et al. Exogenous Lipoid Pneumonia: HRCT, MR, and Pathologic Findings. Eur Radiol. 1999;9(6):1190-6.'],
body='''
**Exogenous lipoid pneumonia** is a chronic inflammatory reaction of the lung parenchyma to aspirated or inhaled oils of mineral, vegetable or animal origin [[1]]. It is one of the few conditions in which CT can demonstrate negative attenuation within consolidation, a finding that is virtually diagnostic in the right clinical setting.

It should be distinguished from {endogenous lipoid pneumonia} (also called cholesterol pneumonia or golden pneumonia), in which lipid-laden macrophages accumulate distal to an obstructing lesion such as a bronchial carcinoma.

## Epidemiology

The condition is uncommon and its true frequency is almost certainly underestimated; autopsy series have found lipoid material in the lungs of roughly 1-2.5% of unselected adults [[2]]. The age distribution is bimodal. In infants and young children the usual source is forced feeding of oils or traditional folk remedies, whereas in older adults, particularly those over 60 years, the habitual bedtime use of oily laxatives or oil-based nasal drops is typical. No sex predilection is recognised, and cases have been reported in all ethnic groups.

### Risk factors

Aspiration is favoured by anything that impairs swallowing or the cough reflex:

- neuromuscular disorders and stroke
- gastro-oesophageal reflux and {achalasia}
- {Zenker diverticulum}
- depressed consciousness, sedation and alcohol use
- extremes of age

Occupational and recreational exposures are also described. Fire-eater's pneumonia is an acute form that follows accidental aspiration of hydrocarbon fuel by performers.

## Clinical presentation

Perhaps up to half of patients are asymptomatic, the diagnosis being suggested by an incidental radiographic abnormality. When symptoms occur they are non-specific: chronic cough, dyspnoea, low-grade fever and chest pain. Because patients rarely volunteer a history of oil use, it must be sought specifically. Bronchoalveolar lavage demonstrating lipid-laden macrophages, which stain with oil red O or Sudan black, supports the diagnosis.

## Pathology

Mineral oils such as liquid paraffin are the most common culprit: they are inert, are not emulsified, and do not trigger the cough reflex, so they reach the alveoli unopposed. There they are engulfed by alveolar macrophages, which produces a foreign body reaction and, over time, interstitial fibrosis. Animal fats are hydrolysed by lung lipases into free fatty acids and provoke a more intense haemorrhagic pneumonitis, while vegetable oils are the least irritant.

## Radiographic features

The distribution is dependent, reflecting gravitational flow of the aspirated oil: the posterior segments of the lower lobes and the middle lobe are most often affected [[1,3]]. Disease is bilateral in about two-thirds of cases.

### Plain radiograph

Radiographs are non-specific. They show unilateral or bilateral airspace opacities, typically in the lower zones, or a mass-like opacity that can be mistaken for bronchogenic carcinoma.

### CT

CT is the imaging modality of choice. Its hallmark is consolidation containing areas of fat attenuation, with values between -150 and -30 HU. When the fat is mixed with inflammatory cells and fibrosis, however, attenuation values may be higher, so the absence of negative values does not exclude the diagnosis. Other findings include:

- ground-glass opacities
- a {crazy paving} pattern, i.e. ground-glass opacity with superimposed interlobular septal thickening
- a spiculated mass-like lesion of fat attenuation, termed a paraffinoma
- centrilobular nodules
- architectural distortion and fibrosis in chronic cases

After contrast, the {CT angiogram sign} may be seen, pulmonary vessels enhancing against the low-attenuation consolidation.

### MRI

MRI is rarely needed but can confirm fat: the lesions are hyperintense on T1-weighted images and lose signal with fat-saturation techniques [[3]].

### Nuclear medicine

On FDG PET-CT, lipoid pneumonia may show moderate to intense uptake (SUVmax values of 2-12 have been reported) owing to the granulomatous reaction. It is therefore a recognised cause of a false-positive PET result when lung cancer is suspected.

## Treatment and prognosis

The mainstay of management is identification and withdrawal of the offending oil. Corticosteroids and whole-lung lavage have been used in severe cases. Most patients remain stable or improve, although residual fibrosis may persist. Superinfection with non-tuberculous mycobacteria, particularly Mycobacterium fortuitum and Mycobacterium abscessus, is a recognised complication.

## Differential diagnosis

When consolidation or a mass of low attenuation is encountered, consider:

- {pulmonary hamartoma}: a well-circumscribed nodule with fat and popcorn calcification rather than consolidation
- {invasive mucinous adenocarcinoma}: may also show the CT angiogram sign and crazy paving, but lacks fat attenuation
- {organising pneumonia}
- {pulmonary alveolar proteinosis}: crazy paving with a geographic distribution, but no fat
- metastatic liposarcoma: rare, usually with a known primary tumour
''',
facts=[
('definition',S,'','a chronic inflammatory reaction of the lung parenchyma to aspirated or inhaled oils','a chronic inflammatory reaction of the lung parenchyma to aspirated or inhaled oils of mineral, vegetable or animal origin'),
('statement',S,'','negative attenuation','It is one of the few conditions in which CT can demonstrate negative attenuation within consolidation'),
('differential',S,'endogenous lipoid pneumonia','endogenous lipoid pneumonia','It should be distinguished from endogenous lipoid pneumonia'),
('statement','endogenous lipoid pneumonia','','cholesterol pneumonia or golden pneumonia','endogenous lipoid pneumonia (also called cholesterol pneumonia or golden pneumonia)'),
('association','endogenous lipoid pneumonia','bronchial carcinoma','obstructing lesion such as a bronchial carcinoma','lipid-laden macrophages accumulate distal to an obstructing lesion such as a bronchial carcinoma',{'g':'cause'}),
('percentage',S,'lipoid material in the lungs at autopsy','1-2.5%','autopsy series have found lipoid material in the lungs of roughly 1-2.5% of unselected adults'),
('statement',S,'','bimodal','The age distribution is bimodal.'),
('age',S,'infants and young children','infants and young children','In infants and young children the usual source is forced feeding of oils or traditional folk remedies'),
('association',S,'forced feeding of oils','forced feeding of oils','the usual source is forced feeding of oils or traditional folk remedies',{'g':'risk factor'}),
('age',S,'older adults','over 60 years','older adults, particularly those over 60 years'),
('association',S,'oily laxatives','oily laxatives','the habitual bedtime use of oily laxatives or oil-based nasal drops is typical',{'g':'risk factor'}),
('association',S,'oil-based nasal drops','oil-based nasal drops','the habitual bedtime use of oily laxatives or oil-based nasal drops is typical',{'g':'risk factor'}),
('sex_ratio',S,'','no sex predilection','No sex predilection is recognised, and cases have been reported in all ethnic groups.'),
('association',S,'neuromuscular disorders','neuromuscular disorders','neuromuscular disorders and stroke',{'g':'risk factor'}),
('association',S,'stroke','stroke','neuromuscular disorders and stroke',{'g':'risk factor'}),
('association',S,'gastro-oesophageal reflux','gastro-oesophageal reflux','gastro-oesophageal reflux and achalasia',{'g':'risk factor'}),
('association',S,'achalasia','achalasia','gastro-oesophageal reflux and achalasia',{'g':'risk factor'}),
('association',S,'Zenker diverticulum','Zenker diverticulum','Zenker diverticulum',{'g':'risk factor'}),
('association',S,'depressed consciousness','depressed consciousness','depressed consciousness, sedation and alcohol use',{'g':'risk factor'}),
('association',S,'sedation','sedation','depressed consciousness, sedation and alcohol use',{'g':'risk factor'}),
('association',S,'alcohol use','alcohol use','depressed consciousness, sedation and alcohol use',{'g':'risk factor'}),
('association',S,'extremes of age','extremes of age','extremes of age',{'g':'risk factor'}),
('statement',S,'','Fire-eater\'s pneumonia','Fire-eater\'s pneumonia is an acute form that follows accidental aspiration of hydrocarbon fuel by performers'),
('percentage',S,'asymptomatic','up to half','Perhaps up to half of patients are asymptomatic'),
('association',S,'chronic cough','chronic cough','chronic cough, dyspnoea, low-grade fever and chest pain',{'g':'presentation'}),
('association',S,'dyspnoea','dyspnoea','chronic cough, dyspnoea, low-grade fever and chest pain',{'g':'presentation'}),
('association',S,'low-grade fever','low-grade fever','chronic cough, dyspnoea, low-grade fever and chest pain',{'g':'presentation'}),
('association',S,'chest pain','chest pain','chronic cough, dyspnoea, low-grade fever and chest pain',{'g':'presentation'}),
('statement',S,'bronchoalveolar lavage','lipid-laden macrophages','Bronchoalveolar lavage demonstrating lipid-laden macrophages, which stain with oil red O or Sudan black, supports the diagnosis'),
('statement',S,'stain','oil red O','lipid-laden macrophages, which stain with oil red O or Sudan black'),
('rank',S,'mineral oils','most common','Mineral oils such as liquid paraffin are the most common culprit',{'g':'causative oil'}),
('statement',S,'mineral oils','do not trigger the cough reflex','they are inert, are not emulsified, and do not trigger the cough reflex'),
('statement',S,'','foreign body reaction','engulfed by alveolar macrophages, which produces a foreign body reaction and, over time, interstitial fibrosis'),
('statement',S,'animal fats','haemorrhagic pneumonitis','Animal fats are hydrolysed by lung lipases into free fatty acids and provoke a more intense haemorrhagic pneumonitis'),
('rank',S,'vegetable oils','least irritant','vegetable oils are the least irritant',{'g':'causative oil'}),
('rank',S,'posterior segments of the lower lobes','most often affected','the posterior segments of the lower lobes and the middle lobe are most often affected',{'g':'site'}),
('rank',S,'middle lobe','most often affected','the posterior segments of the lower lobes and the middle lobe are most often affected',{'g':'site'}),
('statement',S,'distribution','dependent','The distribution is dependent, reflecting gravitational flow of the aspirated oil'),
('percentage',S,'bilateral','about two-thirds','Disease is bilateral in about two-thirds of cases'),
('appearance',S,'','unilateral or bilateral airspace opacities','unilateral or bilateral airspace opacities, typically in the lower zones',{'a':'plain radiograph'}),
('appearance',S,'','mass-like opacity','a mass-like opacity that can be mistaken for bronchogenic carcinoma',{'a':'plain radiograph'}),
('statement',S,'','CT','CT is the imaging modality of choice.'),
('appearance',S,'','consolidation containing areas of fat attenuation','Its hallmark is consolidation containing areas of fat attenuation',{'a':'CT'}),
('threshold',S,'attenuation','between -150 and -30 HU','with values between -150 and -30 HU',{'a':'fat attenuation within consolidation'}),
('statement',S,'','absence of negative values does not exclude','the absence of negative values does not exclude the diagnosis'),
('appearance',S,'','ground-glass opacities','ground-glass opacities',{'a':'CT'}),
('appearance',S,'','crazy paving pattern','a crazy paving pattern, i.e. ground-glass opacity with superimposed interlobular septal thickening',{'a':'CT'}),
('appearance',S,'paraffinoma','spiculated mass-like lesion of fat attenuation','a spiculated mass-like lesion of fat attenuation, termed a paraffinoma',{'a':'CT'}),
('appearance',S,'','centrilobular nodules','centrilobular nodules',{'a':'CT'}),
('appearance',S,'','architectural distortion and fibrosis','architectural distortion and fibrosis in chronic cases',{'a':'CT'}),
('sign',S,'CT angiogram sign','CT angiogram sign','the CT angiogram sign may be seen, pulmonary vessels enhancing against the low-attenuation consolidation'),
('appearance',S,'','hyperintense','the lesions are hyperintense on T1-weighted images',{'a':'T1'}),
('appearance',S,'','lose signal','lose signal with fat-saturation techniques',{'a':'T1 fat-saturated'}),
('appearance',S,'','moderate to intense uptake','On FDG PET-CT, lipoid pneumonia may show moderate to intense uptake',{'a':'FDG PET-CT'}),
('threshold',S,'SUVmax','2-12','SUVmax values of 2-12 have been reported',{'a':'reported FDG uptake'}),
('statement',S,'','false-positive','It is therefore a recognised cause of a false-positive PET result when lung cancer is suspected.'),
('statement',S,'treatment','withdrawal of the offending oil','The mainstay of management is identification and withdrawal of the offending oil.'),
('statement',S,'treatment','whole-lung lavage','Corticosteroids and whole-lung lavage have been used in severe cases.'),
('association',S,'residual fibrosis','residual fibrosis','residual fibrosis may persist',{'g':'complication'}),
('association',S,'non-tuberculous mycobacteria','non-tuberculous mycobacteria','Superinfection with non-tuberculous mycobacteria',{'g':'complication'}),
('association',S,'Mycobacterium fortuitum','Mycobacterium fortuitum','particularly Mycobacterium fortuitum and Mycobacterium abscessus',{'g':'complication'}),
('association',S,'Mycobacterium abscessus','Mycobacterium abscessus','particularly Mycobacterium fortuitum and Mycobacterium abscessus',{'g':'complication'}),
('differential',S,'pulmonary hamartoma','pulmonary hamartoma','pulmonary hamartoma: a well-circumscribed nodule with fat and popcorn calcification'),
('differential',S,'invasive mucinous adenocarcinoma','invasive mucinous adenocarcinoma','invasive mucinous adenocarcinoma: may also show the CT angiogram sign and crazy paving, but lacks fat attenuation'),
('differential',S,'organising pneumonia','organising pneumonia','organising pneumonia'),
('differential',S,'pulmonary alveolar proteinosis','pulmonary alveolar proteinosis','pulmonary alveolar proteinosis: crazy paving with a geographic distribution, but no fat'),
('differential',S,'metastatic liposarcoma','metastatic liposarcoma','metastatic liposarcoma: rare'),
])
