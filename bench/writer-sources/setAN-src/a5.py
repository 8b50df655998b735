S='pelviureteric junction obstruction'
A=dict(slug='case-pelviureteric-junction-obstruction-in-a-6-year-old', title='Pelviureteric junction obstruction', system='Urogenital', forms=['md'], rid=187455, case=True,
modality='ultrasound', authors=['Lucia Benedetti','Tomasz Wrobel'], created='28 Aug 2023', revs=6, contrib=3,
desc='Case: intermittent flank pain in a 6-year-old boy with left hydronephrosis due to a crossing vessel.',
promo='Paediatric radiology course - enrol now', syn=['Ureteropelvic junction obstruction','UPJ obstruction','PUJ obstruction'],
related_title='Paediatric urology', related=['Hydronephrosis','Dietl crisis','MAG3 renogram','Posterior urethral valves','Multicystic dysplastic kidney'],
cases=['UPJ obstruction on antenatal ultrasound','crossing vessel on CT urography','post-pyeloplasty follow-up'],
refs=['Hashim H, Woodhouse CRJ. Ureteropelvic Junction Obstruction. Eur Urol Suppl. 2012;11(2):25-32.',
'Nguyen HT, Benson CB, Bromley B et al. Multidisciplinary Consensus on the Classification of Prenatal and Postnatal Urinary Tract Dilation (UTD Classification System). J Pediatr Urol. 2014;10(6):982-98.',
'Weiss DA, Kadakia S, Kurzweil R et al. Detection of Crossing Vessels in Pediatric Ureteropelvic Junction Obstruction: Clinical Patterns and Imaging Findings. J Pediatr Urol. 2015;11(4):173.e1-5.'],
body='''
## Presentation

Recurrent episodes of colicky left flank pain with vomiting over six months, often after drinking large volumes of fluid. Microscopic haematuria on dipstick. Normal renal function.

## Patient data

- Age: 6 years
- Gender: Male

## Findings

### Ultrasound

Marked dilatation of the left renal pelvis, with an anteroposterior diameter of 32 mm, and dilated calyces communicating with it. The renal parenchyma is mildly thinned. The left ureter is not visualised. The right kidney and bladder are normal.

### Nuclear medicine

MAG3 diuretic renogram shows a differential renal function of 38% on the left. There is progressive accumulation of tracer in the left renal pelvis with no significant drainage after furosemide; the time to half-maximal clearance (T1/2) is greater than 20 minutes, consistent with obstruction.

### CT

CT urography shows a lower pole crossing artery arising from the aorta and passing anterior to the left pelviureteric junction, at the level of an abrupt calibre change. The ureter beyond it is of normal calibre.

## Diagnosis

Left pelviureteric junction obstruction caused by a crossing lower pole vessel.

## Case discussion

This case shows the classic appearance of **pelviureteric junction (PUJ) obstruction**, also called ureteropelvic junction (UPJ) obstruction: a dilated renal pelvis and calyces that abruptly narrow at the junction with a normal-calibre ureter. The episodic pain provoked by a large fluid load is typical, and such attacks are sometimes termed a Dietl crisis.

PUJ obstruction is the most common cause of congenital hydronephrosis and, as a consequence, the commonest cause of an abdominal mass in the newborn after multicystic dysplastic kidney in some series. It occurs in roughly 1 in 1000-2000 live births. Boys are affected more often than girls, at a ratio of about 2:1, and the left side is involved in approximately two-thirds of cases. Bilateral disease occurs in 10-40%.

Today most cases are detected antenatally on routine obstetric ultrasound. Older children and adults present with intermittent flank pain, urinary tract infection, haematuria after minor trauma or, less often, stones.

Causes are divided into intrinsic and extrinsic:

- intrinsic: an aperistaltic segment at the junction with abnormal smooth muscle and excess collagen; this is the commonest cause in infants
- extrinsic: a crossing vessel to the lower pole, found in up to 40% of older children and adults
- secondary: high insertion of the ureter, kinks and fibroepithelial polyps

Associated urological anomalies include contralateral PUJ obstruction, contralateral {multicystic dysplastic kidney}, vesicoureteric reflux, duplex kidney and {horseshoe kidney}. In a horseshoe kidney the obstruction is explained by the high insertion of the ureter on an anteriorly rotated pelvis.

Ultrasound is the first imaging test. Grading uses the Society for Fetal Urology (SFU) system or the anteroposterior renal pelvic diameter (APRPD), with a postnatal APRPD of 15 mm or more regarded as severe dilatation. Crucially, dilated calyces should be seen to communicate with the pelvis; this separates hydronephrosis from multicystic dysplastic kidney, in which the cysts do not connect. Ultrasound is best deferred beyond the first 48 hours of life, because relative neonatal dehydration can underestimate dilatation.

The diuretic renogram with MAG3 is the key functional test. An obstructive pattern is a rising curve that fails to fall after diuretic, and a T1/2 of more than 20 minutes is taken as obstructed, whereas less than 10 minutes is normal and 10-20 minutes is equivocal. A differential renal function below 40%, or a fall of more than 10% on serial studies, is a common indication for surgery. Cross-sectional imaging with CT or MR urography is useful to demonstrate crossing vessels before surgery; MR urography also provides functional information without radiation.

Voiding cystourethrography is performed in selected patients to exclude vesicoureteric reflux, which may coexist and can cause a similar appearance of pelvicalyceal dilatation.

The treatment of choice is dismembered pyeloplasty (Anderson-Hynes), now often performed laparoscopically or robotically, with success rates above 90%. In this patient a pyeloplasty with transposition of the ureter anterior to the crossing vessel was performed. Post-operative dilatation often persists for months despite successful surgery, so improvement in drainage on renography is a more reliable marker of success than the ultrasound appearance.

Differential considerations for a dilated renal pelvis include:

- vesicoureteric reflux
- {megaureter}, in which the ureter is also dilated
- extrarenal pelvis, a normal variant with a dilated pelvis but normal calyces and drainage
- multicystic dysplastic kidney
- parapelvic cysts in adults
''',
facts=[
('age','case','patient age','6 years','Age: 6 years'),
('statement','case','presentation','colicky left flank pain with vomiting','Recurrent episodes of colicky left flank pain with vomiting over six months, often after drinking large volumes of fluid.'),
('appearance',S,'','marked dilatation of the renal pelvis with dilated calyces communicating with it','Marked dilatation of the left renal pelvis, with an anteroposterior diameter of 32 mm, and dilated calyces communicating with it',{'a':'ultrasound'}),
('appearance',S,'ureter','not visualised','The left ureter is not visualised.',{'a':'ultrasound'}),
('appearance',S,'','progressive accumulation of tracer with no significant drainage after furosemide','progressive accumulation of tracer in the left renal pelvis with no significant drainage after furosemide',{'a':'MAG3 diuretic renogram'}),
('appearance',S,'crossing vessel','lower pole crossing artery passing anterior to the pelviureteric junction','a lower pole crossing artery arising from the aorta and passing anterior to the left pelviureteric junction',{'a':'CT urography'}),
('statement','case','diagnosis','crossing lower pole vessel','Left pelviureteric junction obstruction caused by a crossing lower pole vessel.'),
('synonym',S,'','ureteropelvic junction (UPJ) obstruction','also called ureteropelvic junction (UPJ) obstruction'),
('synonym',S,'','PUJ obstruction','pelviureteric junction (PUJ) obstruction'),
('appearance',S,'','dilated renal pelvis and calyces that abruptly narrow at the junction with a normal-calibre ureter','a dilated renal pelvis and calyces that abruptly narrow at the junction with a normal-calibre ureter',{'a':'imaging'}),
('sign',S,'Dietl crisis','Dietl crisis','such attacks are sometimes termed a Dietl crisis'),
('rank',S,'PUJ obstruction','most common','PUJ obstruction is the most common cause of congenital hydronephrosis',{'g':'cause of congenital hydronephrosis'}),
('rank',S,'PUJ obstruction','commonest after multicystic dysplastic kidney','the commonest cause of an abdominal mass in the newborn after multicystic dysplastic kidney',{'g':'cause of abdominal mass in the newborn'}),
('statement',S,'incidence','1 in 1000-2000 live births','It occurs in roughly 1 in 1000-2000 live births.'),
('sex_ratio',S,'','M:F 2:1','Boys are affected more often than girls, at a ratio of about 2:1'),
('percentage',S,'left side','approximately two-thirds','the left side is involved in approximately two-thirds of cases'),
('percentage',S,'bilateral','10-40%','Bilateral disease occurs in 10-40%.'),
('statement',S,'','detected antenatally','Today most cases are detected antenatally on routine obstetric ultrasound.'),
('association',S,'intermittent flank pain','intermittent flank pain','Older children and adults present with intermittent flank pain, urinary tract infection, haematuria after minor trauma',{'g':'presentation'}),
('association',S,'urinary tract infection','urinary tract infection','intermittent flank pain, urinary tract infection, haematuria after minor trauma',{'g':'presentation'}),
('association',S,'haematuria after minor trauma','haematuria after minor trauma','haematuria after minor trauma',{'g':'presentation'}),
('association',S,'stones','stones','less often, stones',{'g':'complication'}),
('classification',S,'intrinsic','intrinsic','intrinsic: an aperistaltic segment at the junction with abnormal smooth muscle and excess collagen',{'g':'cause'}),
('rank',S,'intrinsic aperistaltic segment','commonest','this is the commonest cause in infants',{'g':'cause in infants'}),
('classification',S,'extrinsic','extrinsic','extrinsic: a crossing vessel to the lower pole',{'g':'cause'}),
('percentage',S,'crossing vessel in older children and adults','up to 40%','a crossing vessel to the lower pole, found in up to 40% of older children and adults'),
('classification',S,'secondary','secondary','secondary: high insertion of the ureter, kinks and fibroepithelial polyps',{'g':'cause'}),
('association',S,'fibroepithelial polyps','fibroepithelial polyps','high insertion of the ureter, kinks and fibroepithelial polyps',{'g':'cause'}),
('association',S,'contralateral PUJ obstruction','contralateral PUJ obstruction','Associated urological anomalies include contralateral PUJ obstruction',{'g':'associated anomaly'}),
('association',S,'contralateral multicystic dysplastic kidney','contralateral multicystic dysplastic kidney','contralateral multicystic dysplastic kidney',{'g':'associated anomaly'}),
('association',S,'vesicoureteric reflux','vesicoureteric reflux','contralateral multicystic dysplastic kidney, vesicoureteric reflux, duplex kidney and horseshoe kidney',{'g':'associated anomaly'}),
('association',S,'duplex kidney','duplex kidney','duplex kidney and horseshoe kidney',{'g':'associated anomaly'}),
('association',S,'horseshoe kidney','horseshoe kidney','duplex kidney and horseshoe kidney',{'g':'associated anomaly'}),
('statement',S,'horseshoe kidney','high insertion of the ureter','In a horseshoe kidney the obstruction is explained by the high insertion of the ureter on an anteriorly rotated pelvis.'),
('statement',S,'','Ultrasound is the first imaging test','Ultrasound is the first imaging test.'),
('classification',S,'Society for Fetal Urology (SFU) system','SFU system','Grading uses the Society for Fetal Urology (SFU) system or the anteroposterior renal pelvic diameter (APRPD)',{'g':'grading of hydronephrosis'}),
('threshold',S,'postnatal APRPD','15 mm or more','a postnatal APRPD of 15 mm or more regarded as severe dilatation',{'a':'severe dilatation'}),
('statement',S,'','dilated calyces should be seen to communicate with the pelvis','dilated calyces should be seen to communicate with the pelvis; this separates hydronephrosis from multicystic dysplastic kidney'),
('threshold',S,'timing of postnatal ultrasound','beyond the first 48 hours','Ultrasound is best deferred beyond the first 48 hours of life, because relative neonatal dehydration can underestimate dilatation',{'a':'avoids underestimation from neonatal dehydration'}),
('statement',S,'key functional test','MAG3','The diuretic renogram with MAG3 is the key functional test.'),
('appearance',S,'','rising curve that fails to fall after diuretic','An obstructive pattern is a rising curve that fails to fall after diuretic',{'a':'diuretic renogram'}),
('threshold',S,'T1/2','more than 20 minutes','a T1/2 of more than 20 minutes is taken as obstructed',{'a':'obstructed'}),
('threshold',S,'T1/2','less than 10 minutes','less than 10 minutes is normal',{'a':'normal'}),
('threshold',S,'T1/2','10-20 minutes','10-20 minutes is equivocal',{'a':'equivocal'}),
('threshold',S,'differential renal function','below 40%','A differential renal function below 40%, or a fall of more than 10% on serial studies, is a common indication for surgery',{'a':'indication for surgery'}),
('threshold',S,'fall in differential renal function','more than 10%','a fall of more than 10% on serial studies, is a common indication for surgery',{'a':'indication for surgery'}),
('statement',S,'CT or MR urography','crossing vessels','Cross-sectional imaging with CT or MR urography is useful to demonstrate crossing vessels before surgery'),
('statement',S,'voiding cystourethrography','vesicoureteric reflux','Voiding cystourethrography is performed in selected patients to exclude vesicoureteric reflux'),
('statement',S,'treatment of choice','dismembered pyeloplasty (Anderson-Hynes)','The treatment of choice is dismembered pyeloplasty (Anderson-Hynes)'),
('percentage',S,'pyeloplasty success','above 90%','with success rates above 90%'),
('statement',S,'post-operative','dilatation often persists','Post-operative dilatation often persists for months despite successful surgery'),
('differential',S,'vesicoureteric reflux','vesicoureteric reflux','vesicoureteric reflux, which may coexist and can cause a similar appearance of pelvicalyceal dilatation'),
('differential',S,'megaureter','megaureter','megaureter, in which the ureter is also dilated'),
('differential',S,'extrarenal pelvis','extrarenal pelvis','extrarenal pelvis, a normal variant with a dilated pelvis but normal calyces and drainage'),
('differential',S,'multicystic dysplastic kidney','multicystic dysplastic kidney','this separates hydronephrosis from multicystic dysplastic kidney, in which the cysts do not connect'),
('differential',S,'parapelvic cysts','parapelvic cysts','parapelvic cysts in adults'),
])
