S='aberrant right subclavian artery'
A=dict(slug='aberrant-right-subclavian-artery', title='Aberrant right subclavian artery', system='Vascular', forms=['md'], rid=1287,
modality='ct', authors=['Fiona McAllister','Jun Takahashi'], created='30 Nov 2008', revs=87, contrib=30,
desc='An aberrant right subclavian artery arises as the last branch of the aortic arch and usually passes behind the oesophagus.',
promo='Vascular imaging e-course - now live', syn=['Arteria lusoria','Retro-oesophageal right subclavian artery','ARSA','Lusorian artery'],
related_title='Aortic arch anomalies', related=['Left aortic arch with aberrant right subclavian artery','Right aortic arch','Kommerell diverticulum','Double aortic arch','Dysphagia lusoria'],
cases=['aberrant right subclavian artery on CT','barium swallow - posterior indentation','Kommerell diverticulum with ARSA'],
refs=['Freed K, Low VHS. The Aberrant Subclavian Artery. AJR Am J Roentgenol. 1997;168(2):481-4.',
'Hanneman K, Newman B, Chan F. Congenital Variants and Anomalies of the Aortic Arch. Radiographics. 2017;37(1):32-51.',
'Polguj M, Chrzanowski L, Kasprzak JD et al. The Aberrant Right Subclavian Artery (Arteria Lusoria): the Morphological and Clinical Aspects of One of the Most Important Variations - a Systematic Study of 141 Reports. ScientificWorldJournal. 2014;2014:292734.'],
body='''
An **aberrant right subclavian artery (ARSA)**, also called **arteria lusoria**, is the most common congenital anomaly of the aortic arch. Rather than arising from the brachiocephalic trunk, the right subclavian artery originates as the last (fourth) branch of a left-sided aortic arch, distal to the left subclavian artery, and crosses the midline from left to right behind the oesophagus to reach the right upper limb.

## Epidemiology

ARSA is found in around 0.5-2% of the population at imaging or autopsy. It is more frequent in women (approximately 1.5-2:1) and is seen in a higher proportion of people with Down syndrome (trisomy 21), in whom it has been reported in up to 1 in 3 fetuses and is therefore used as a soft marker on fetal echocardiography.

### Associations

Recognised associations include:

- a common origin of the two common carotid arteries (bicarotid trunk), present in up to 20%
- a non-recurrent right laryngeal nerve, an important surgical consideration in thyroid and neck surgery
- {Kommerell diverticulum}, present in about 15% (the figure varies considerably)
- congenital heart disease, including {tetralogy of Fallot}, ventricular septal defect and coarctation
- chromosomal anomalies: trisomy 21 and 22q11 deletion

## Clinical presentation

The great majority (around 90%) of patients are asymptomatic, and the anomaly is usually discovered incidentally on chest CT. Symptoms, when present, are mostly caused by compression of the oesophagus, producing dysphagia lusoria, which was first described by David Bayford in 1787. Tracheal compression, producing stridor or cough, is more frequent in infants, in whom the trachea is softer. Symptoms may also appear later in life, as the artery becomes ectatic and rigid with atherosclerosis.

## Pathology

The anomaly arises from abnormal regression of the embryological right fourth aortic arch, between the right common carotid and right subclavian arteries, with persistence of the right seventh intersegmental artery and the right dorsal aorta distal to it. In terms of Edwards' hypothetical double arch model, this corresponds to a break in the arch between the right carotid and right subclavian arteries.

The vessel takes a retro-oesophageal course in about 80% of cases; less often it passes between the oesophagus and trachea (about 15%) or anterior to the trachea (around 5%).

## Radiographic features

### Plain radiograph

Chest radiographs are usually normal. Occasionally a soft tissue opacity is visible behind the trachea on the lateral view, or an oblique density crosses upwards to the right above the aortic arch on the frontal projection.

### Fluoroscopy

Barium swallow classically shows an oblique, smooth posterior indentation on the oesophagus at the level of T3-T4, running upwards from left to right. This is sometimes referred to as the "bayonet" deformity on the frontal view. The indentation has a characteristic oblique orientation, in contrast to the horizontal indentations seen with a double aortic arch.

### CT

CT angiography is diagnostic and shows:

- four arch branches, in the order right common carotid, left common carotid, left subclavian and aberrant right subclavian artery
- a retro-oesophageal course of the aberrant artery
- a Kommerell diverticulum, a bulbous dilatation at the origin of the aberrant artery; a diameter above 30 mm, or an aneurysmal diverticulum of more than 5 cm from the aortic wall, is considered an indication for repair
- oesophageal or tracheal compression, when present

### MRI

MR angiography provides the same information without ionising radiation and is preferred in children and young adults.

### Ultrasound

On fetal echocardiography the three-vessel and trachea view shows the ARSA coursing behind the trachea towards the right shoulder, and colour Doppler confirms flow.

## Treatment and prognosis

Asymptomatic patients require no treatment. Dysphagia is often managed conservatively at first with dietary modification, surgery being reserved for persistent or severe symptoms. Symptomatic patients or those with an aneurysmal Kommerell diverticulum may be treated by ligation and transposition of the aberrant artery to the right common carotid artery, increasingly combined with endovascular thoracic aortic repair. Rupture of an aneurysmal diverticulum is rare but carries a high mortality.

## Differential diagnosis

On a barium swallow and CT, consider:

- {right aortic arch} with aberrant left subclavian artery: the mirror-image anomaly, with a retro-oesophageal left subclavian artery
- {double aortic arch}: bilateral indentations on the oesophagus and a complete vascular ring
- pulmonary artery sling: the left pulmonary artery passes between the trachea and oesophagus, indenting the anterior wall of the oesophagus
- posterior mediastinal mass or enlarged lymph node
''',
facts=[
('synonym',S,'','arteria lusoria','also called arteria lusoria'),
('synonym',S,'','ARSA','aberrant right subclavian artery (ARSA)'),
('rank',S,'aberrant right subclavian artery','most common','is the most common congenital anomaly of the aortic arch',{'g':'congenital anomaly of the aortic arch'}),
('definition',S,'','right subclavian artery originates as the last (fourth) branch of a left-sided aortic arch','the right subclavian artery originates as the last (fourth) branch of a left-sided aortic arch, distal to the left subclavian artery'),
('statement',S,'course','behind the oesophagus','crosses the midline from left to right behind the oesophagus to reach the right upper limb'),
('percentage',S,'prevalence','around 0.5-2%','ARSA is found in around 0.5-2% of the population at imaging or autopsy'),
('sex_ratio',S,'','F:M 1.5-2:1','It is more frequent in women (approximately 1.5-2:1)'),
('association',S,'Down syndrome (trisomy 21)','Down syndrome','is seen in a higher proportion of people with Down syndrome (trisomy 21)',{'g':'associated syndrome'}),
('statement',S,'Down syndrome fetuses','up to 1 in 3','in whom it has been reported in up to 1 in 3 fetuses'),
('statement',S,'','soft marker','is therefore used as a soft marker on fetal echocardiography'),
('association',S,'bicarotid trunk','bicarotid trunk','a common origin of the two common carotid arteries (bicarotid trunk), present in up to 20%',{'g':'associated anomaly'}),
('percentage',S,'bicarotid trunk','up to 20%','a common origin of the two common carotid arteries (bicarotid trunk), present in up to 20%'),
('association',S,'non-recurrent right laryngeal nerve','non-recurrent right laryngeal nerve','a non-recurrent right laryngeal nerve, an important surgical consideration in thyroid and neck surgery',{'g':'associated anomaly'}),
('association',S,'Kommerell diverticulum','Kommerell diverticulum','Kommerell diverticulum, present in about 15%',{'g':'associated anomaly'}),
('percentage',S,'Kommerell diverticulum','about 15%','Kommerell diverticulum, present in about 15%'),
('association',S,'tetralogy of Fallot','tetralogy of Fallot','congenital heart disease, including tetralogy of Fallot, ventricular septal defect and coarctation',{'g':'associated anomaly'}),
('association',S,'ventricular septal defect','ventricular septal defect','tetralogy of Fallot, ventricular septal defect and coarctation',{'g':'associated anomaly'}),
('association',S,'coarctation','coarctation','ventricular septal defect and coarctation',{'g':'associated anomaly'}),
('association',S,'22q11 deletion','22q11 deletion','chromosomal anomalies: trisomy 21 and 22q11 deletion',{'g':'genetic'}),
('percentage',S,'asymptomatic','around 90%','The great majority (around 90%) of patients are asymptomatic'),
('statement',S,'','discovered incidentally on chest CT','the anomaly is usually discovered incidentally on chest CT'),
('association',S,'dysphagia lusoria','dysphagia lusoria','compression of the oesophagus, producing dysphagia lusoria',{'g':'presentation'}),
('statement','dysphagia lusoria','first described','David Bayford in 1787','which was first described by David Bayford in 1787'),
('association',S,'stridor','stridor','Tracheal compression, producing stridor or cough, is more frequent in infants',{'g':'presentation'}),
('association',S,'cough','cough','producing stridor or cough',{'g':'presentation'}),
('statement',S,'late symptoms','ectatic and rigid with atherosclerosis','Symptoms may also appear later in life, as the artery becomes ectatic and rigid with atherosclerosis.'),
('statement',S,'embryology','right fourth aortic arch','The anomaly arises from abnormal regression of the embryological right fourth aortic arch'),
('statement',S,'embryology','right seventh intersegmental artery','with persistence of the right seventh intersegmental artery and the right dorsal aorta distal to it'),
('statement',S,'','Edwards\' hypothetical double arch','In terms of Edwards\' hypothetical double arch model, this corresponds to a break in the arch between the right carotid and right subclavian arteries.'),
('frequency',S,'retro-oesophageal','about 80%','The vessel takes a retro-oesophageal course in about 80% of cases',{'g':'course of the aberrant artery'}),
('frequency',S,'between the oesophagus and trachea','about 15%','passes between the oesophagus and trachea (about 15%)',{'g':'course of the aberrant artery'}),
('frequency',S,'anterior to the trachea','around 5%','anterior to the trachea (around 5%)',{'g':'course of the aberrant artery'}),
('appearance',S,'','usually normal','Chest radiographs are usually normal.',{'a':'plain radiograph'}),
('appearance',S,'','soft tissue opacity behind the trachea on the lateral view','a soft tissue opacity is visible behind the trachea on the lateral view',{'a':'plain radiograph'}),
('appearance',S,'','oblique density crossing upwards to the right above the aortic arch','an oblique density crosses upwards to the right above the aortic arch on the frontal projection',{'a':'plain radiograph'}),
('appearance',S,'','oblique, smooth posterior indentation on the oesophagus at T3-T4, running upwards from left to right','an oblique, smooth posterior indentation on the oesophagus at the level of T3-T4, running upwards from left to right',{'a':'barium swallow'}),
('sign',S,'bayonet deformity','bayonet','This is sometimes referred to as the "bayonet" deformity on the frontal view.'),
('statement','double aortic arch','indentation','horizontal indentations','in contrast to the horizontal indentations seen with a double aortic arch'),
('statement',S,'','CT angiography is diagnostic','CT angiography is diagnostic'),
('appearance',S,'','four arch branches: right common carotid, left common carotid, left subclavian and aberrant right subclavian artery','four arch branches, in the order right common carotid, left common carotid, left subclavian and aberrant right subclavian artery',{'a':'CT angiography'}),
('appearance',S,'','retro-oesophageal course','a retro-oesophageal course of the aberrant artery',{'a':'CT angiography'}),
('definition','Kommerell diverticulum','','a bulbous dilatation at the origin of the aberrant artery','a Kommerell diverticulum, a bulbous dilatation at the origin of the aberrant artery'),
('threshold','Kommerell diverticulum','diameter','above 30 mm','a diameter above 30 mm, or an aneurysmal diverticulum of more than 5 cm from the aortic wall, is considered an indication for repair',{'a':'indication for repair'}),
('threshold','Kommerell diverticulum','distance from the aortic wall','more than 5 cm','an aneurysmal diverticulum of more than 5 cm from the aortic wall, is considered an indication for repair',{'a':'indication for repair'}),
('appearance',S,'','oesophageal or tracheal compression','oesophageal or tracheal compression, when present',{'a':'CT angiography'}),
('statement',S,'MR angiography','children and young adults','MR angiography provides the same information without ionising radiation and is preferred in children and young adults.'),
('appearance',S,'','coursing behind the trachea towards the right shoulder','the three-vessel and trachea view shows the ARSA coursing behind the trachea towards the right shoulder',{'a':'fetal echocardiography'}),
('statement',S,'asymptomatic patients','no treatment','Asymptomatic patients require no treatment. Dysphagia is often managed conservatively at first with dietary modification, surgery being reserved for persistent or severe symptoms.'),
('statement',S,'dysphagia','dietary modification','Dysphagia is often managed conservatively at first with dietary modification'),
('statement',S,'treatment','transposition of the aberrant artery to the right common carotid artery','ligation and transposition of the aberrant artery to the right common carotid artery'),
('statement',S,'treatment','endovascular thoracic aortic repair','increasingly combined with endovascular thoracic aortic repair'),
('association',S,'rupture of an aneurysmal diverticulum','rupture','Rupture of an aneurysmal diverticulum is rare but carries a high mortality.',{'g':'complication'}),
('differential',S,'right aortic arch with aberrant left subclavian artery','right aortic arch with aberrant left subclavian artery','right aortic arch with aberrant left subclavian artery: the mirror-image anomaly'),
('differential',S,'double aortic arch','double aortic arch','double aortic arch: bilateral indentations on the oesophagus and a complete vascular ring'),
('differential',S,'pulmonary artery sling','pulmonary artery sling','pulmonary artery sling: the left pulmonary artery passes between the trachea and oesophagus, indenting the anterior wall of the oesophagus'),
('differential',S,'posterior mediastinal mass','posterior mediastinal mass or enlarged lymph node','posterior mediastinal mass or enlarged lymph node'),
])
