SYSTEM = "Neuro"
FORMS = ["html", "md", "txt"]
HTML_HEADINGS = (4, 5)
MD_HEADINGS = ("####", "#####")
TXT_LISTS = "bullets"
META = dict(slug="cerebral-arteriovenous-malformation", title="Cerebral arteriovenous malformation", rid="48213",
            kind_label="Radiology Reference Article", noun="article", path="articles", cite_kind="Reference article",
            authors="Okonjo B, Hale R, Sandoval P, et al", reviser="Rowan Hale", revised="11 Feb 2026",
            site_system="Central Nervous System",
            synonyms=["Brain arteriovenous malformation", "Cerebral AVM", "Pial arteriovenous malformation"],
            front={"title": "cerebral-arteriovenous-malformation", "source": "radiopaedia", "category": "pathology", "system": "neuro", "modality": "mri"})
REFS = [
 "Friedlander RM. Clinical practice. Arteriovenous malformations of the brain. N Engl J Med. 2007;356(26):2704-12.",
 "Geibprasert S, Pongpech S, Jiarakongmun P et al. Radiologic Assessment of Brain Arteriovenous Malformations. Radiographics. 2010;30(2):483-501.",
 "Spetzler RF, Martin NA. A Proposed Grading System for Arteriovenous Malformations. J Neurosurg. 1986;65(4):476-83.",
 "Mohr JP, Parides MK, Stapf C et al. Medical Management with or without Interventional Therapy for Unruptured Brain Arteriovenous Malformations (ARUBA). Lancet. 2014;383(9917):614-21.",
]
RELATED_TITLE = "Intracranial vascular malformations"
RELATED = ["Dural arteriovenous fistula", "Developmental venous anomaly", "Capillary telangiectasia", "Cerebral proliferative angiopathy", "Spetzler-Martin grade", "Vein of Galen malformation"]

BODY = r"""
**Cerebral arteriovenous malformations (AVMs)** are high-flow vascular malformations in which feeding arteries drain directly into veins through a tangle of abnormal vessels, the nidus, without an intervening capillary bed. They are the most common symptomatic cerebral vascular malformation and an important cause of intracranial haemorrhage in young adults {1,2}.
## Epidemiology
Cerebral AVMs have an estimated prevalence of approximately 0.1% in the general population. There is no significant sex predilection (M:F roughly 1:1). Although they are generally regarded as congenital lesions, most become symptomatic between 20 and 40 years of age, and around 80% have been diagnosed by the end of the fourth decade {2}.
Multiple AVMs are uncommon, occurring in fewer than 2% of patients, and should prompt a search for an underlying syndrome:
- [hereditary haemorrhagic telangiectasia](hereditary-haemorrhagic-telangiectasia) (Osler-Weber-Rendu syndrome)
- Wyburn-Mason syndrome
- cerebrofacial arteriovenous metameric syndrome (CAMS)
## Clinical presentation
Haemorrhage is the presenting feature in roughly half of patients, usually intraparenchymal, although intraventricular and subarachnoid extension is common. Seizures are the second most common presentation, occurring in 20-25% of cases, while headache and progressive focal neurological deficit due to vascular steal account for most of the remainder. An increasing proportion are discovered incidentally on MRI performed for unrelated reasons.
The annual risk of haemorrhage from an unruptured AVM is usually quoted at 2-4%. After a first bleed the risk rises considerably, to as much as 6-15% in the first year, before settling back towards baseline. Features that are thought to increase the risk of rupture include:
- previous haemorrhage
- deep venous drainage
- exclusively deep location (basal ganglia, thalamus)
- associated intranidal or flow-related aneurysms
- venous outflow stenosis
## Pathology
An AVM has three components: enlarged feeding arteries, the nidus and dilated draining veins. There is no normal brain parenchyma within the nidus, although gliotic tissue is found between the abnormal vessels. Flow-related aneurysms on the feeding arteries are seen in around 10-15% of patients.
### Location
The large majority (approximately 85%) are supratentorial, with the remaining 15% located in the posterior fossa. Most are solitary and lobar, and the nidus is often wedge-shaped with its apex pointing towards the ventricle.
### Grading
The [Spetzler-Martin grade](spetzler-martin-grade) is the most widely used scheme for estimating surgical risk. It sums points for three features:
- nidus size: small (<3 cm) = 1, medium (3-6 cm) = 2, large (>6 cm) = 3
- eloquence of adjacent brain: non-eloquent = 0, eloquent = 1
- pattern of venous drainage: superficial only = 0, any deep = 1
The total ranges from 1 to 5, and a grade 6 is reserved for inoperable lesions. Grade 1 and 2 lesions carry a low surgical morbidity, whereas grade 4 and 5 lesions are usually managed conservatively {3}.
## Radiographic features
### CT
On non-contrast CT an unruptured AVM may be invisible or may appear as a cluster of slightly hyperdense serpiginous vessels. Calcification is present in 25-30%. When acute haemorrhage is present, the haematoma may obscure the nidus. CT angiography shows enlarged feeding arteries and early-filling draining veins and has a sensitivity of about 90% for the detection of AVMs in patients presenting with haemorrhage.
### MRI
- T1: serpiginous flow voids, classically described as a "bag of worms"
- T2: tightly packed flow voids of the nidus, with little or no mass effect unless there has been haemorrhage
- FLAIR: high signal in the surrounding gliotic brain
- SWI/GRE: blooming from haemosiderin where prior bleeding has occurred
- T1 C+ (Gd): variable enhancement, most conspicuous in the slower-flowing draining veins
The absence of mass effect despite a large lesion is a useful clue to the diagnosis.
### Angiography (DSA)
Catheter angiography remains the gold standard, both to characterise the angioarchitecture and to plan treatment. The hallmark finding is early venous drainage, with draining veins opacifying during the arterial phase. DSA also reveals intranidal aneurysms that cross-sectional imaging frequently misses.
## Treatment and prognosis
Options include microsurgical resection, endovascular embolisation and stereotactic radiosurgery, used alone or in combination. Radiosurgery is best suited to nidi smaller than 3 cm, achieving complete obliteration in around 80% after 2-3 years, although the haemorrhage risk persists during this latency period. The ARUBA trial suggested that, for unruptured AVMs, medical management alone is superior to intervention over the short term {4}.
Mortality following an AVM haemorrhage, at approximately 10-15%, is lower than after aneurysmal subarachnoid haemorrhage.
## Differential diagnosis
Imaging differential considerations include:
- [dural arteriovenous fistula](dural-arteriovenous-fistula): no parenchymal nidus
- cerebral proliferative angiopathy: diffuse, with normal brain interspersed between vessels and no dominant feeders
- developmental venous anomaly: "caput medusae" of veins without arterial shunting
- glioblastoma with arteriovenous shunting: an enhancing mass with mass effect
- cerebral cavernous malformation: angiographically occult, with a "popcorn" appearance
"""

S = "cerebral arteriovenous malformation"
GOLD = [
 ("definition", S, "", "high-flow vascular malformations in which feeding arteries drain directly into veins through a tangle of abnormal vessels, the nidus, without an intervening capillary bed", "are high-flow vascular malformations in which feeding arteries drain directly into veins through a tangle of abnormal vessels, the nidus, without an intervening capillary bed"),
 ("rank", S, S, "most common", "They are the most common symptomatic cerebral vascular malformation", {"group": "symptomatic cerebral vascular malformation"}),
 ("statement", S, "intracranial haemorrhage in young adults", "young adults", "an important cause of intracranial haemorrhage in young adults"),
 ("percentage", S, "prevalence in the general population", "approximately 0.1%", "Cerebral AVMs have an estimated prevalence of approximately 0.1% in the general population"),
 ("sex_ratio", S, "", "M:F roughly 1:1", "There is no significant sex predilection (M:F roughly 1:1)"),
 ("age", S, "symptomatic", "20-40 years", "most become symptomatic between 20 and 40 years of age"),
 ("percentage", S, "diagnosed by the end of the fourth decade", "around 80%", "around 80% have been diagnosed by the end of the fourth decade"),
 ("percentage", S, "multiple AVMs", "fewer than 2%", "Multiple AVMs are uncommon, occurring in fewer than 2% of patients"),
 ("association", S, "hereditary haemorrhagic telangiectasia", "hereditary haemorrhagic telangiectasia", "hereditary haemorrhagic telangiectasia", {"group": "associated syndrome"}),
 ("association", S, "Wyburn-Mason syndrome", "Wyburn-Mason syndrome", "Wyburn-Mason syndrome", {"group": "associated syndrome"}),
 ("association", S, "cerebrofacial arteriovenous metameric syndrome", "cerebrofacial arteriovenous metameric syndrome (CAMS)", "cerebrofacial arteriovenous metameric syndrome (CAMS)", {"group": "associated syndrome"}),
 ("synonym", "hereditary haemorrhagic telangiectasia", "", "Osler-Weber-Rendu syndrome", "(Osler-Weber-Rendu syndrome)"),
 ("percentage", S, "haemorrhage at presentation", "roughly half", "Haemorrhage is the presenting feature in roughly half of patients"),
 ("association", S, "haemorrhage", "haemorrhage", "Haemorrhage is the presenting feature in roughly half of patients, usually intraparenchymal", {"group": "presentation"}),
 ("rank", S, "seizures", "second most common", "Seizures are the second most common presentation", {"group": "presentation"}),
 ("percentage", S, "seizures", "20-25%", "Seizures are the second most common presentation, occurring in 20-25% of cases"),
 ("association", S, "headache", "headache", "headache and progressive focal neurological deficit due to vascular steal", {"group": "presentation"}),
 ("association", S, "focal neurological deficit due to vascular steal", "progressive focal neurological deficit due to vascular steal", "progressive focal neurological deficit due to vascular steal", {"group": "presentation"}),
 ("percentage", S, "annual haemorrhage risk of unruptured AVM", "2-4%", "The annual risk of haemorrhage from an unruptured AVM is usually quoted at 2-4%"),
 ("percentage", S, "haemorrhage risk in first year after a first bleed", "6-15%", "to as much as 6-15% in the first year"),
 ("association", "AVM rupture", "previous haemorrhage", "previous haemorrhage", "previous haemorrhage", {"group": "risk factor"}),
 ("association", "AVM rupture", "deep venous drainage", "deep venous drainage", "deep venous drainage", {"group": "risk factor"}),
 ("association", "AVM rupture", "exclusively deep location", "exclusively deep location (basal ganglia, thalamus)", "exclusively deep location (basal ganglia, thalamus)", {"group": "risk factor"}),
 ("association", "AVM rupture", "intranidal or flow-related aneurysms", "associated intranidal or flow-related aneurysms", "associated intranidal or flow-related aneurysms", {"group": "risk factor"}),
 ("association", "AVM rupture", "venous outflow stenosis", "venous outflow stenosis", "venous outflow stenosis", {"group": "risk factor"}),
 ("statement", S, "components", "enlarged feeding arteries, the nidus and dilated draining veins", "An AVM has three components: enlarged feeding arteries, the nidus and dilated draining veins"),
 ("statement", S, "nidus", "no normal brain parenchyma", "There is no normal brain parenchyma within the nidus"),
 ("percentage", S, "flow-related aneurysms on feeding arteries", "10-15%", "Flow-related aneurysms on the feeding arteries are seen in around 10-15% of patients"),
 ("frequency", S, "supratentorial", "approximately 85%", "The large majority (approximately 85%) are supratentorial", {"group": "location"}),
 ("frequency", S, "posterior fossa", "15%", "the remaining 15% located in the posterior fossa", {"group": "location"}),
 ("statement", S, "nidus shape", "wedge-shaped with its apex pointing towards the ventricle", "the nidus is often wedge-shaped with its apex pointing towards the ventricle"),
 ("rank", S, "Spetzler-Martin grade", "most widely used", "is the most widely used scheme for estimating surgical risk", {"group": "grading scheme for surgical risk"}),
 ("threshold", "Spetzler-Martin grade", "nidus size small", "<3 cm", "small (<3 cm) = 1", {"attribute": "1 point"}),
 ("threshold", "Spetzler-Martin grade", "nidus size medium", "3-6 cm", "medium (3-6 cm) = 2", {"attribute": "2 points"}),
 ("threshold", "Spetzler-Martin grade", "nidus size large", ">6 cm", "large (>6 cm) = 3", {"attribute": "3 points"}),
 ("threshold", "Spetzler-Martin grade", "eloquent adjacent brain", "1", "eloquent = 1", {"attribute": "1 point"}),
 ("threshold", "Spetzler-Martin grade", "any deep venous drainage", "1", "any deep = 1", {"attribute": "1 point"}),
 ("threshold", "Spetzler-Martin grade", "total", "1 to 5", "The total ranges from 1 to 5"),
 ("threshold", "Spetzler-Martin grade", "grade 6", "grade 6", "a grade 6 is reserved for inoperable lesions", {"attribute": "inoperable lesion"}),
 ("threshold", "Spetzler-Martin grade", "grade 1 and 2", "grade 1 and 2", "Grade 1 and 2 lesions carry a low surgical morbidity", {"attribute": "low surgical morbidity"}),
 ("threshold", "Spetzler-Martin grade", "grade 4 and 5", "grade 4 and 5", "grade 4 and 5 lesions are usually managed conservatively", {"attribute": "usually managed conservatively"}),
 ("appearance", S, "", "cluster of slightly hyperdense serpiginous vessels", "may appear as a cluster of slightly hyperdense serpiginous vessels", {"attribute": "non-contrast CT"}),
 ("percentage", S, "calcification", "25-30%", "Calcification is present in 25-30%"),
 ("appearance", S, "", "enlarged feeding arteries and early-filling draining veins", "CT angiography shows enlarged feeding arteries and early-filling draining veins", {"attribute": "CT angiography"}),
 ("percentage", "CT angiography", "sensitivity for AVM in patients presenting with haemorrhage", "about 90%", "has a sensitivity of about 90% for the detection of AVMs in patients presenting with haemorrhage"),
 ("appearance", S, "", "serpiginous flow voids", "T1: serpiginous flow voids", {"attribute": "T1"}),
 ("sign", S, "bag of worms", "bag of worms", "classically described as a \"bag of worms\""),
 ("appearance", S, "", "tightly packed flow voids of the nidus, little or no mass effect", "T2: tightly packed flow voids of the nidus, with little or no mass effect unless there has been haemorrhage", {"attribute": "T2"}),
 ("appearance", S, "", "high signal in the surrounding gliotic brain", "FLAIR: high signal in the surrounding gliotic brain", {"attribute": "FLAIR"}),
 ("appearance", S, "", "blooming from haemosiderin", "SWI/GRE: blooming from haemosiderin where prior bleeding has occurred", {"attribute": "SWI/GRE"}),
 ("appearance", S, "", "variable enhancement, most conspicuous in the slower-flowing draining veins", "T1 C+ (Gd): variable enhancement, most conspicuous in the slower-flowing draining veins", {"attribute": "T1 C+ (Gd)"}),
 ("statement", S, "absence of mass effect", "absence of mass effect", "The absence of mass effect despite a large lesion is a useful clue to the diagnosis"),
 ("statement", S, "catheter angiography", "gold standard", "Catheter angiography remains the gold standard"),
 ("appearance", S, "", "early venous drainage, with draining veins opacifying during the arterial phase", "The hallmark finding is early venous drainage, with draining veins opacifying during the arterial phase", {"attribute": "DSA"}),
 ("statement", S, "intranidal aneurysms on DSA", "intranidal aneurysms", "DSA also reveals intranidal aneurysms that cross-sectional imaging frequently misses"),
 ("statement", S, "treatment options", "microsurgical resection, endovascular embolisation and stereotactic radiosurgery", "Options include microsurgical resection, endovascular embolisation and stereotactic radiosurgery"),
 ("threshold", "stereotactic radiosurgery", "nidus size", "smaller than 3 cm", "Radiosurgery is best suited to nidi smaller than 3 cm", {"attribute": "best suited to radiosurgery"}),
 ("percentage", "stereotactic radiosurgery", "complete obliteration after 2-3 years", "around 80%", "achieving complete obliteration in around 80% after 2-3 years"),
 ("statement", "stereotactic radiosurgery", "latency period", "haemorrhage risk persists", "the haemorrhage risk persists during this latency period"),
 ("statement", S, "ARUBA trial", "ARUBA", "The ARUBA trial suggested that, for unruptured AVMs, medical management alone is superior to intervention over the short term"),
 ("percentage", S, "mortality following haemorrhage", "approximately 10-15%", "Mortality following an AVM haemorrhage, at approximately 10-15%"),
 ("differential", S, "dural arteriovenous fistula", "dural arteriovenous fistula", "dural arteriovenous fistula"),
 ("differential", S, "cerebral proliferative angiopathy", "cerebral proliferative angiopathy", "cerebral proliferative angiopathy: diffuse, with normal brain interspersed between vessels and no dominant feeders"),
 ("differential", S, "developmental venous anomaly", "developmental venous anomaly", "developmental venous anomaly"),
 ("sign", "developmental venous anomaly", "caput medusae", "caput medusae", "\"caput medusae\" of veins without arterial shunting"),
 ("differential", S, "glioblastoma with arteriovenous shunting", "glioblastoma with arteriovenous shunting", "glioblastoma with arteriovenous shunting: an enhancing mass with mass effect"),
 ("differential", S, "cerebral cavernous malformation", "cerebral cavernous malformation", "cerebral cavernous malformation: angiographically occult"),
 ("sign", "cerebral cavernous malformation", "popcorn appearance", "popcorn", "with a \"popcorn\" appearance"),
 ("synonym", "Cerebral arteriovenous malformation", "", "AVM", "Cerebral arteriovenous malformations (AVMs)"),
]
