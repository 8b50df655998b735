SYSTEM = "Paediatrics"
FORMS = ["md"]
HTML_HEADINGS = (4, 5)
MD_HEADINGS = ("####", "#####")
META = dict(slug="periventricular-leukomalacia", title="Periventricular leukomalacia", rid="1893",
            kind_label="Radiology Reference Article", noun="article", path="articles", cite_kind="Reference article",
            authors="Tanaka Y, Obi-Hart N, Rasmussen J, et al", reviser="Nneka Obi-Hart", revised="23 Feb 2026",
            site_system="Paediatrics, Central Nervous System",
            synonyms=["PVL", "White matter injury of prematurity"],
            front={"title": "periventricular-leukomalacia", "source": "radiopaedia", "category": "pathology", "system": "paediatrics", "modality": "ultrasound"})
REFS = [
 "de Vries LS, Eken P, Dubowitz LM. The Spectrum of Leukomalacia Using Cranial Ultrasound. Behav Brain Res. 1992;49(1):1-6.",
 "Volpe JJ. Brain Injury in Premature Infants: A Complex Amalgam of Destructive and Developmental Disturbances. Lancet Neurol. 2009;8(1):110-24.",
 "Chao CP, Zaleski CG, Patton AC. Neonatal Hypoxic-Ischemic Encephalopathy: Multimodality Imaging Findings. Radiographics. 2006;26(Suppl 1):S159-72.",
]
RELATED_TITLE = "Neonatal brain injury"
RELATED = ["Germinal matrix haemorrhage", "Hypoxic-ischaemic encephalopathy", "Terminal zones of myelination", "Periventricular venous infarction", "Cerebral palsy"]

BODY = r"""
**Periventricular leukomalacia (PVL)** is the characteristic pattern of white matter injury in the premature brain: necrosis of the periventricular white matter, followed by cavitation and later by gliosis and volume loss. It is the commonest cause of cerebral palsy in children born preterm {1,2}.
## Epidemiology
PVL is essentially a disease of prematurity. The risk is greatest in infants born at less than 32 weeks' gestation and weighing less than 1500 g. Cystic PVL, the form most easily recognised on ultrasound, is now seen in approximately 3-5% of very low birth weight infants, a considerable fall over the last few decades. Diffuse non-cystic white matter injury is far more common, and is detectable on MRI in up to half of very preterm infants at term-equivalent age.
Recognised risk factors include:
- prematurity, particularly below 32 weeks
- hypoxic-ischaemic insults and hypotension
- maternal chorioamnionitis and neonatal sepsis
- hypocarbia in ventilated infants
- monochorionic twin pregnancy
## Clinical presentation
Neonates are often clinically silent, so the diagnosis depends on screening cranial ultrasound. The long-term consequence is spastic diplegia, in which the legs are more affected than the arms because the descending corticospinal fibres to the lower limbs pass closest to the ventricles. Visual impairment (from injury to the optic radiations), cognitive and behavioural problems, and epilepsy are also common.
## Pathology
The periventricular white matter of the preterm brain lies in an arterial border zone between the penetrating branches of the ventricular surface and the long medullary arteries from the cortical surface, and cerebral autoregulation is immature. In addition, the pre-oligodendrocytes that populate this region between 23 and 32 weeks are exquisitely vulnerable to free radical injury and inflammatory cytokines.
The lesions are typically bilateral and fairly symmetrical. The two classic locations are the white matter adjacent to the trigones of the lateral ventricles (peritrigonal) and the white matter next to the foramen of Monro.
## Radiographic features
### Ultrasound
Cranial ultrasound through the anterior fontanelle is the first-line examination and is repeated serially. The earliest finding is increased periventricular echogenicity, the so-called "flare", which should be brighter than or equal to the choroid plexus. Echogenicity persisting for more than 7 days is significant. Cysts usually appear 2-6 weeks after the insult and may later disappear as the ventricles enlarge to incorporate them. Because cysts take weeks to form, serial ultrasound is continued until term-equivalent age, when MRI is often also obtained.
The de Vries grading is widely used:
- grade I: periventricular echogenicity persisting for 7 days or more
- grade II: echogenicity evolving into small localised frontoparietal cysts
- grade III: extensive periventricular cysts in the occipital and frontoparietal white matter
- grade IV: extensive cysts extending into the deep and subcortical white matter
Grades III and IV carry a high risk of cerebral palsy, whereas grade I is often associated with a normal outcome.
### MRI
MRI is more sensitive than ultrasound, particularly for diffuse non-cystic injury.
- acute: restricted diffusion on DWI in the first week
- subacute: T1 hyperintense and T2 hypointense punctate lesions in the periventricular white matter
- chronic: periventricular T2/FLAIR hyperintensity, loss of white matter volume, particularly in the peritrigonal regions
In the chronic stage the lateral ventricles become enlarged with an irregular, "wavy" outline, and the sulci extend deeply to abut the ventricles with little or no intervening white matter. The posterior body and splenium of the corpus callosum are thinned. These end-stage findings are often seen when children with cerebral palsy are imaged years later.
### CT
CT has little role in the neonate, but in older children it shows ventriculomegaly, periventricular hypoattenuation and white matter volume loss.
## Treatment and prognosis
There is no specific treatment, and management is directed at prevention (antenatal steroids, avoiding hypocarbia and hypotension) and supportive care. Of infants with cystic PVL, 60-90% go on to develop cerebral palsy, while outcomes after diffuse injury are more variable.
## Differential diagnosis
- terminal zones of myelination: peritrigonal high T2 signal in normal children, separated from the ventricle by a thin band of normal white matter, with normal white matter volume
- normal periventricular "halo" on ultrasound: less echogenic than the choroid plexus and symmetric
- periventricular haemorrhagic infarction: usually unilateral, fan-shaped and associated with germinal matrix haemorrhage
- congenital cytomegalovirus infection: periventricular calcification, polymicrogyria and temporal pole cysts
- leukodystrophies and other metabolic disorders: symmetric, progressive and without a history of prematurity
"""

S = "periventricular leukomalacia"
GOLD = [
 ("synonym", "Periventricular leukomalacia", "", "PVL", "Periventricular leukomalacia (PVL)"),
 ("definition", S, "", "the characteristic pattern of white matter injury in the premature brain: necrosis of the periventricular white matter, followed by cavitation and later by gliosis and volume loss", "is the characteristic pattern of white matter injury in the premature brain: necrosis of the periventricular white matter, followed by cavitation and later by gliosis and volume loss"),
 ("rank", S, S, "commonest", "It is the commonest cause of cerebral palsy in children born preterm", {"group": "cause of cerebral palsy in preterm children"}),
 ("threshold", S, "gestational age", "less than 32 weeks", "The risk is greatest in infants born at less than 32 weeks' gestation", {"attribute": "greatest risk"}),
 ("threshold", S, "birth weight", "less than 1500 g", "weighing less than 1500 g", {"attribute": "greatest risk"}),
 ("percentage", S, "cystic PVL in very low birth weight infants", "approximately 3-5%", "Cystic PVL, the form most easily recognised on ultrasound, is now seen in approximately 3-5% of very low birth weight infants"),
 ("percentage", S, "diffuse non-cystic white matter injury on MRI in very preterm infants", "up to half", "is detectable on MRI in up to half of very preterm infants at term-equivalent age"),
 ("association", S, "prematurity", "prematurity", "prematurity, particularly below 32 weeks", {"group": "risk factor"}),
 ("association", S, "hypoxic-ischaemic insults and hypotension", "hypoxic-ischaemic insults and hypotension", "hypoxic-ischaemic insults and hypotension", {"group": "risk factor"}),
 ("association", S, "maternal chorioamnionitis and neonatal sepsis", "maternal chorioamnionitis and neonatal sepsis", "maternal chorioamnionitis and neonatal sepsis", {"group": "risk factor"}),
 ("association", S, "hypocarbia", "hypocarbia in ventilated infants", "hypocarbia in ventilated infants", {"group": "risk factor"}),
 ("association", S, "monochorionic twin pregnancy", "monochorionic twin pregnancy", "monochorionic twin pregnancy", {"group": "risk factor"}),
 ("statement", S, "neonates", "clinically silent", "Neonates are often clinically silent, so the diagnosis depends on screening cranial ultrasound"),
 ("association", S, "spastic diplegia", "spastic diplegia", "The long-term consequence is spastic diplegia", {"group": "complication"}),
 ("statement", S, "legs more affected", "corticospinal fibres to the lower limbs pass closest to the ventricles", "the legs are more affected than the arms because the descending corticospinal fibres to the lower limbs pass closest to the ventricles"),
 ("association", S, "visual impairment", "visual impairment (from injury to the optic radiations)", "Visual impairment (from injury to the optic radiations)", {"group": "complication"}),
 ("association", S, "cognitive and behavioural problems", "cognitive and behavioural problems", "cognitive and behavioural problems, and epilepsy are also common", {"group": "complication"}),
 ("association", S, "epilepsy", "epilepsy", "cognitive and behavioural problems, and epilepsy are also common", {"group": "complication"}),
 ("statement", S, "vascular border zone", "arterial border zone", "The periventricular white matter of the preterm brain lies in an arterial border zone"),
 ("statement", S, "vulnerable cells", "pre-oligodendrocytes", "the pre-oligodendrocytes that populate this region between 23 and 32 weeks are exquisitely vulnerable to free radical injury and inflammatory cytokines"),
 ("statement", S, "laterality", "bilateral and fairly symmetrical", "The lesions are typically bilateral and fairly symmetrical"),
 ("statement", S, "classic locations", "peritrigonal and adjacent to the foramen of Monro", "The two classic locations are the white matter adjacent to the trigones of the lateral ventricles (peritrigonal) and the white matter next to the foramen of Monro"),
 ("statement", S, "first-line examination", "cranial ultrasound", "Cranial ultrasound through the anterior fontanelle is the first-line examination"),
 ("sign", S, "flare", "flare", "The earliest finding is increased periventricular echogenicity, the so-called \"flare\""),
 ("appearance", S, "", "increased periventricular echogenicity, brighter than or equal to the choroid plexus", "which should be brighter than or equal to the choroid plexus", {"attribute": "ultrasound"}),
 ("threshold", S, "persistent echogenicity", "more than 7 days", "Echogenicity persisting for more than 7 days is significant", {"attribute": "significant"}),
 ("threshold", S, "appearance of cysts", "2-6 weeks", "Cysts usually appear 2-6 weeks after the insult", {"attribute": "time after insult"}),
 ("statement", S, "serial ultrasound", "term-equivalent age", "serial ultrasound is continued until term-equivalent age, when MRI is often also obtained"),
 ("classification", S, "grade I", "periventricular echogenicity persisting for 7 days or more", "grade I: periventricular echogenicity persisting for 7 days or more", {"group": "de Vries grading"}),
 ("classification", S, "grade II", "small localised frontoparietal cysts", "grade II: echogenicity evolving into small localised frontoparietal cysts", {"group": "de Vries grading"}),
 ("classification", S, "grade III", "extensive periventricular cysts in the occipital and frontoparietal white matter", "grade III: extensive periventricular cysts in the occipital and frontoparietal white matter", {"group": "de Vries grading"}),
 ("classification", S, "grade IV", "extensive cysts extending into the deep and subcortical white matter", "grade IV: extensive cysts extending into the deep and subcortical white matter", {"group": "de Vries grading"}),
 ("threshold", "de Vries grading", "grades III and IV", "grades III and IV", "Grades III and IV carry a high risk of cerebral palsy", {"attribute": "high risk of cerebral palsy"}),
 ("threshold", "de Vries grading", "grade I", "grade I", "grade I is often associated with a normal outcome", {"attribute": "often normal outcome"}),
 ("statement", S, "MRI sensitivity", "more sensitive than ultrasound", "MRI is more sensitive than ultrasound, particularly for diffuse non-cystic injury"),
 ("appearance", S, "acute", "restricted diffusion in the first week", "acute: restricted diffusion on DWI in the first week", {"attribute": "DWI"}),
 ("appearance", S, "subacute", "T1 hyperintense punctate lesions", "subacute: T1 hyperintense and T2 hypointense punctate lesions in the periventricular white matter", {"attribute": "T1"}),
 ("appearance", S, "subacute", "T2 hypointense punctate lesions", "subacute: T1 hyperintense and T2 hypointense punctate lesions in the periventricular white matter", {"attribute": "T2"}),
 ("appearance", S, "chronic", "periventricular T2/FLAIR hyperintensity, loss of white matter volume", "chronic: periventricular T2/FLAIR hyperintensity, loss of white matter volume, particularly in the peritrigonal regions", {"attribute": "T2/FLAIR"}),
 ("appearance", S, "chronic", "enlarged lateral ventricles with irregular, wavy outline", "the lateral ventricles become enlarged with an irregular, \"wavy\" outline", {"attribute": "MRI"}),
 ("appearance", S, "chronic", "sulci abut the ventricles with little or no intervening white matter", "the sulci extend deeply to abut the ventricles with little or no intervening white matter", {"attribute": "MRI"}),
 ("appearance", S, "chronic", "thinned posterior body and splenium of the corpus callosum", "The posterior body and splenium of the corpus callosum are thinned", {"attribute": "MRI"}),
 ("appearance", S, "older children", "ventriculomegaly, periventricular hypoattenuation and white matter volume loss", "in older children it shows ventriculomegaly, periventricular hypoattenuation and white matter volume loss", {"attribute": "CT"}),
 ("statement", S, "treatment", "no specific treatment", "There is no specific treatment"),
 ("statement", S, "prevention", "antenatal steroids", "prevention (antenatal steroids, avoiding hypocarbia and hypotension)"),
 ("percentage", S, "cerebral palsy after cystic PVL", "60-90%", "Of infants with cystic PVL, 60-90% go on to develop cerebral palsy"),
 ("differential", S, "terminal zones of myelination", "terminal zones of myelination", "terminal zones of myelination: peritrigonal high T2 signal in normal children, separated from the ventricle by a thin band of normal white matter"),
 ("differential", S, "normal periventricular halo", "normal periventricular \"halo\" on ultrasound", "normal periventricular \"halo\" on ultrasound: less echogenic than the choroid plexus and symmetric"),
 ("differential", S, "periventricular haemorrhagic infarction", "periventricular haemorrhagic infarction", "periventricular haemorrhagic infarction: usually unilateral, fan-shaped and associated with germinal matrix haemorrhage"),
 ("differential", S, "congenital cytomegalovirus infection", "congenital cytomegalovirus infection", "congenital cytomegalovirus infection: periventricular calcification, polymicrogyria and temporal pole cysts"),
 ("differential", S, "leukodystrophies", "leukodystrophies and other metabolic disorders", "leukodystrophies and other metabolic disorders: symmetric, progressive and without a history of prematurity"),
]
