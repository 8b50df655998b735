S='portal vein thrombosis'
A=dict(slug='portal-vein-thrombosis', title='Portal vein thrombosis', system='Hepatobiliary', forms=['html','md','txt'], rid=1942,
modality='ultrasound', authors=['Ingrid Solberg','Kwame Mensah'], created='17 Apr 2009', revs=96, contrib=33,
desc='Portal vein thrombosis refers to occlusion of the portal vein by thrombus, bland or tumoural.',
promo='Liver imaging course - register now', syn=['PVT','Portal venous thrombosis'],
related_title='Portal venous system', related=['Cavernous transformation of the portal vein','Portal hypertension','Hepatocellular carcinoma','Threads and streaks sign','Transient hepatic attenuation difference'],
cases=['acute bland portal vein thrombosis','cavernous transformation of the portal vein','tumour thrombus from HCC','pylephlebitis after appendicitis'],
refs=['Tublin ME, Dodd GD, Baron RL. Benign and Malignant Portal Vein Thrombosis: Differentiation by CT Characteristics. AJR Am J Roentgenol. 1997;168(3):719-23.',
'Ponziani FR, Zocco MA, Campanale C et al. Portal Vein Thrombosis: Insight into Physiopathology, Diagnosis, and Treatment. World J Gastroenterol. 2010;16(2):143-55.',
'Sarin SK, Philips CA, Kamath PS et al. Toward a Comprehensive New Classification of Portal Vein Thrombosis in Patients With Cirrhosis. Gastroenterology. 2016;151(4):574-577.e3.',
'Yerdel MA, Gunson B, Mirza D et al. Portal Vein Thrombosis in Adults Undergoing Liver Transplantation. Transplantation. 2000;69(9):1873-81.'],
body='''
**Portal vein thrombosis (PVT)** is partial or complete occlusion of the main portal vein, its intrahepatic branches or its tributaries by thrombus. The thrombus may be bland or composed of tumour, and the distinction between the two is one of the key tasks of imaging, as it changes both staging and management.

## Epidemiology

In the general population PVT is rare, with a lifetime prevalence of around 1%. It is far more frequent in patients with cirrhosis, where it is found in roughly 10-25% of those being assessed for transplantation, and the prevalence rises with the severity of liver disease[[2,4]]. In children, it is the most common cause of extrahepatic portal hypertension.

## Risk factors

The causes are conveniently grouped using Virchow's triad. Local factors account for most cases:

- cirrhosis, with reduced portal flow velocity
- hepatocellular carcinoma and other malignancy, e.g. pancreatic carcinoma
- intra-abdominal sepsis, e.g. {acute appendicitis} or diverticulitis, causing septic thrombophlebitis (pylephlebitis)
- pancreatitis
- abdominal surgery, particularly splenectomy
- umbilical vein catheterisation in neonates

Systemic prothrombotic states, found in about one-third of non-cirrhotic patients, include myeloproliferative neoplasms (often with a JAK2 V617F mutation), factor V Leiden, the prothrombin gene mutation, antiphospholipid syndrome, pregnancy and oral contraceptive use.

## Clinical presentation

Acute PVT may cause abdominal pain, fever and, if thrombus extends into the superior mesenteric vein, {mesenteric venous ischaemia}. Chronic PVT is frequently discovered incidentally, or it presents with the complications of portal hypertension: variceal haemorrhage, splenomegaly and hypersplenism.

## Pathology

If the thrombus does not recanalise, periportal collateral veins develop within 6-20 days (timings vary between series) and mature into a network of serpiginous vessels known as cavernous transformation, or portal cavernoma. Hepatic perfusion is maintained partly by a compensatory increase in hepatic arterial flow, the hepatic arterial buffer response.

Classification of PVT in cirrhosis usually takes into account the extent of occlusion, the site and the time course. The Yerdel grading, widely used in transplant work-up, is as follows:

- grade 1: less than 50% occlusion of the main portal vein, with or without minimal extension into the superior mesenteric vein
- grade 2: more than 50% occlusion, including total occlusion
- grade 3: complete thrombosis of both the main portal vein and the proximal superior mesenteric vein
- grade 4: complete thrombosis of the portal vein and of the proximal and distal superior mesenteric vein

## Radiographic features

### Ultrasound

Ultrasound with Doppler is the first-line modality, with a sensitivity and specificity reported between 60% and 100%. Features include:

- echogenic material within a distended portal vein; very acute thrombus may be almost anechoic and easily missed on greyscale
- absent flow on colour and spectral Doppler, or flow around a partially occlusive thrombus
- cavernous transformation: multiple tortuous periportal channels with hepatopetal flow, replacing a normal portal vein

Detection of pulsatile arterial flow within the thrombus on spectral Doppler strongly suggests tumour thrombus.

### CT

On portal venous phase imaging bland thrombus appears as a non-enhancing low-attenuation filling defect. Acute thrombus may be hyperattenuating on non-contrast images. Features favouring malignant thrombus are:

- expansion of the vein (a diameter of more than 23 mm has been suggested as a discriminator)
- enhancement of the thrombus in the arterial phase
- neovascularity, seen as the "{threads and streaks sign}"
- direct contiguity with an adjacent liver mass

Transient hepatic attenuation differences are common: the affected segment shows increased arterial phase enhancement, a consequence of the arterial buffer response.

### MRI

Bland thrombus is variable in signal: subacute thrombus is typically T1 hyperintense, whereas tumour thrombus is usually intermediate to high on T2 and, unlike bland clot, restricts diffusion and enhances after gadolinium. On DWI, an ADC value of tumour thrombus that is lower than that of bland thrombus is a helpful discriminator.

### Nuclear medicine

FDG PET-CT shows uptake within tumour thrombus, whereas bland thrombus does not accumulate tracer, although the sensitivity is limited in well-differentiated HCC.

## Treatment and prognosis

Anticoagulation is the mainstay of treatment for acute bland PVT and achieves recanalisation in approximately 40-60% of patients, particularly when started early. Transjugular intrahepatic portosystemic shunt (TIPS) and catheter-directed thrombolysis are options in selected cases. In cirrhosis, complete PVT extending into the superior mesenteric vein complicates or precludes liver transplantation.

## Differential diagnosis

Imaging mimics include:

- flow artefact and mixing of unopacified splenic or mesenteric blood on early phase CT ("pseudothrombus")
- very slow or to-and-fro portal flow in severe portal hypertension, which may appear absent on Doppler
- tumour invasion of the portal vein from HCC, pancreatic carcinoma or metastases
''',
facts=[
('definition',S,'','partial or complete occlusion of the main portal vein, its intrahepatic branches or its tributaries by thrombus','partial or complete occlusion of the main portal vein, its intrahepatic branches or its tributaries by thrombus'),
('synonym',S,'','PVT','Portal vein thrombosis (PVT)'),
('statement',S,'','bland or composed of tumour','The thrombus may be bland or composed of tumour'),
('percentage',S,'lifetime prevalence in the general population','around 1%','with a lifetime prevalence of around 1%'),
('percentage',S,'cirrhotic patients assessed for transplantation','roughly 10-25%','found in roughly 10-25% of those being assessed for transplantation'),
('statement',S,'','prevalence rises with the severity of liver disease','the prevalence rises with the severity of liver disease'),
('rank',S,'portal vein thrombosis','most common','In children, it is the most common cause of extrahepatic portal hypertension.',{'g':'cause of extrahepatic portal hypertension in children'}),
('statement',S,'','Virchow\'s triad','The causes are conveniently grouped using Virchow\'s triad.'),
('association',S,'cirrhosis','cirrhosis','cirrhosis, with reduced portal flow velocity',{'g':'risk factor'}),
('association',S,'hepatocellular carcinoma','hepatocellular carcinoma','hepatocellular carcinoma and other malignancy, e.g. pancreatic carcinoma',{'g':'risk factor'}),
('association',S,'pancreatic carcinoma','pancreatic carcinoma','hepatocellular carcinoma and other malignancy, e.g. pancreatic carcinoma',{'g':'risk factor'}),
('association',S,'intra-abdominal sepsis','intra-abdominal sepsis','intra-abdominal sepsis, e.g. acute appendicitis or diverticulitis, causing septic thrombophlebitis (pylephlebitis)',{'g':'risk factor'}),
('synonym','septic thrombophlebitis of the portal vein','','pylephlebitis','septic thrombophlebitis (pylephlebitis)'),
('association',S,'pancreatitis','pancreatitis','pancreatitis',{'g':'risk factor'}),
('association',S,'splenectomy','splenectomy','abdominal surgery, particularly splenectomy',{'g':'risk factor'}),
('association',S,'umbilical vein catheterisation','umbilical vein catheterisation','umbilical vein catheterisation in neonates',{'g':'risk factor'}),
('percentage',S,'systemic prothrombotic state in non-cirrhotic patients','about one-third','Systemic prothrombotic states, found in about one-third of non-cirrhotic patients'),
('association',S,'myeloproliferative neoplasms','myeloproliferative neoplasms','myeloproliferative neoplasms (often with a JAK2 V617F mutation)',{'g':'risk factor'}),
('association',S,'JAK2 V617F mutation','JAK2 V617F','often with a JAK2 V617F mutation',{'g':'genetic'}),
('association',S,'factor V Leiden','factor V Leiden','factor V Leiden, the prothrombin gene mutation, antiphospholipid syndrome',{'g':'risk factor'}),
('association',S,'prothrombin gene mutation','prothrombin gene mutation','the prothrombin gene mutation',{'g':'risk factor'}),
('association',S,'antiphospholipid syndrome','antiphospholipid syndrome','antiphospholipid syndrome, pregnancy and oral contraceptive use',{'g':'risk factor'}),
('association',S,'pregnancy','pregnancy','antiphospholipid syndrome, pregnancy and oral contraceptive use',{'g':'risk factor'}),
('association',S,'oral contraceptive use','oral contraceptive use','pregnancy and oral contraceptive use',{'g':'risk factor'}),
('association',S,'abdominal pain','abdominal pain','Acute PVT may cause abdominal pain, fever',{'g':'presentation'}),
('association',S,'fever','fever','Acute PVT may cause abdominal pain, fever',{'g':'presentation'}),
('association',S,'mesenteric venous ischaemia','mesenteric venous ischaemia','if thrombus extends into the superior mesenteric vein, mesenteric venous ischaemia',{'g':'complication'}),
('statement',S,'chronic PVT','discovered incidentally','Chronic PVT is frequently discovered incidentally'),
('association',S,'variceal haemorrhage','variceal haemorrhage','variceal haemorrhage, splenomegaly and hypersplenism',{'g':'complication'}),
('association',S,'splenomegaly','splenomegaly','variceal haemorrhage, splenomegaly and hypersplenism',{'g':'complication'}),
('association',S,'hypersplenism','hypersplenism','variceal haemorrhage, splenomegaly and hypersplenism',{'g':'complication'}),
('threshold',S,'time to periportal collaterals','6-20 days','periportal collateral veins develop within 6-20 days',{'a':'time for collateral development after thrombosis'}),
('synonym','cavernous transformation of the portal vein','','portal cavernoma','known as cavernous transformation, or portal cavernoma'),
('statement',S,'','hepatic arterial buffer response','a compensatory increase in hepatic arterial flow, the hepatic arterial buffer response'),
('classification',S,'grade 1','less than 50% occlusion of the main portal vein','grade 1: less than 50% occlusion of the main portal vein',{'g':'Yerdel grading'}),
('classification',S,'grade 2','more than 50% occlusion, including total occlusion','grade 2: more than 50% occlusion, including total occlusion',{'g':'Yerdel grading'}),
('classification',S,'grade 3','complete thrombosis of both the main portal vein and the proximal superior mesenteric vein','grade 3: complete thrombosis of both the main portal vein and the proximal superior mesenteric vein',{'g':'Yerdel grading'}),
('classification',S,'grade 4','complete thrombosis of the portal vein and of the proximal and distal superior mesenteric vein','grade 4: complete thrombosis of the portal vein and of the proximal and distal superior mesenteric vein',{'g':'Yerdel grading'}),
('threshold',S,'Yerdel grade 1','less than 50%','less than 50% occlusion of the main portal vein',{'a':'Yerdel grade 1'}),
('statement',S,'first-line modality','Ultrasound with Doppler','Ultrasound with Doppler is the first-line modality'),
('percentage',S,'sensitivity and specificity of ultrasound','between 60% and 100%','with a sensitivity and specificity reported between 60% and 100%'),
('appearance',S,'','echogenic material within a distended portal vein','echogenic material within a distended portal vein',{'a':'ultrasound'}),
('appearance',S,'very acute thrombus','almost anechoic','very acute thrombus may be almost anechoic and easily missed on greyscale',{'a':'ultrasound'}),
('appearance',S,'','absent flow','absent flow on colour and spectral Doppler, or flow around a partially occlusive thrombus',{'a':'colour Doppler'}),
('appearance','cavernous transformation of the portal vein','','multiple tortuous periportal channels with hepatopetal flow','multiple tortuous periportal channels with hepatopetal flow, replacing a normal portal vein',{'a':'colour Doppler'}),
('appearance','tumour thrombus','','pulsatile arterial flow within the thrombus','Detection of pulsatile arterial flow within the thrombus on spectral Doppler strongly suggests tumour thrombus.',{'a':'spectral Doppler'}),
('appearance','bland thrombus','','non-enhancing low-attenuation filling defect','bland thrombus appears as a non-enhancing low-attenuation filling defect',{'a':'CT portal venous phase'}),
('appearance','acute thrombus','','hyperattenuating','Acute thrombus may be hyperattenuating on non-contrast images.',{'a':'non-contrast CT'}),
('appearance','tumour thrombus','','expansion of the vein','expansion of the vein',{'a':'CT'}),
('threshold','tumour thrombus','portal vein diameter','more than 23 mm','a diameter of more than 23 mm has been suggested as a discriminator',{'a':'favours malignant thrombus'}),
('appearance','tumour thrombus','','enhancement of the thrombus in the arterial phase','enhancement of the thrombus in the arterial phase',{'a':'CT arterial phase'}),
('sign','tumour thrombus','threads and streaks sign','threads and streaks sign','neovascularity, seen as the "threads and streaks sign"'),
('appearance','tumour thrombus','','direct contiguity with an adjacent liver mass','direct contiguity with an adjacent liver mass',{'a':'CT'}),
('appearance',S,'transient hepatic attenuation differences','increased arterial phase enhancement','the affected segment shows increased arterial phase enhancement',{'a':'CT arterial phase'}),
('appearance','subacute bland thrombus','','T1 hyperintense','subacute thrombus is typically T1 hyperintense',{'a':'T1'}),
('appearance','tumour thrombus','','intermediate to high','tumour thrombus is usually intermediate to high on T2',{'a':'T2'}),
('appearance','tumour thrombus','','restricts diffusion','unlike bland clot, restricts diffusion and enhances after gadolinium',{'a':'DWI'}),
('appearance','tumour thrombus','','enhances after gadolinium','restricts diffusion and enhances after gadolinium',{'a':'T1 C+ (Gd)'}),
('appearance','tumour thrombus','','lower ADC than bland thrombus','an ADC value of tumour thrombus that is lower than that of bland thrombus is a helpful discriminator',{'a':'ADC'}),
('appearance','tumour thrombus','','FDG uptake','FDG PET-CT shows uptake within tumour thrombus, whereas bland thrombus does not accumulate tracer',{'a':'FDG PET-CT'}),
('appearance','bland thrombus','','does not accumulate tracer','bland thrombus does not accumulate tracer',{'a':'FDG PET-CT'}),
('statement',S,'treatment of acute bland PVT','Anticoagulation','Anticoagulation is the mainstay of treatment for acute bland PVT'),
('percentage',S,'recanalisation with anticoagulation','approximately 40-60%','achieves recanalisation in approximately 40-60% of patients'),
('statement',S,'','TIPS','Transjugular intrahepatic portosystemic shunt (TIPS) and catheter-directed thrombolysis are options in selected cases.'),
('statement',S,'transplantation','complicates or precludes liver transplantation','complete PVT extending into the superior mesenteric vein complicates or precludes liver transplantation'),
('differential',S,'pseudothrombus','flow artefact / pseudothrombus','flow artefact and mixing of unopacified splenic or mesenteric blood on early phase CT ("pseudothrombus")'),
('differential',S,'very slow or to-and-fro portal flow','very slow or to-and-fro portal flow','very slow or to-and-fro portal flow in severe portal hypertension, which may appear absent on Doppler'),
('differential',S,'tumour invasion of the portal vein','tumour invasion of the portal vein','tumour invasion of the portal vein from HCC, pancreatic carcinoma or metastases'),
])
