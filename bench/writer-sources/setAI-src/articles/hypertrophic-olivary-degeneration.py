SYSTEM = "Neuro"
FORMS = ["md"]
HTML_HEADINGS = (4, 5)
MD_HEADINGS = ("##", "###")
META = dict(slug="hypertrophic-olivary-degeneration", title="Hypertrophic olivary degeneration", rid="52907",
            kind_label="Radiology Reference Article", noun="article", path="articles", cite_kind="Reference article",
            authors="Varga L, Moutinho C, Ashdown K, et al", reviser="Carla Moutinho", revised="2 Dec 2025",
            site_system="Central Nervous System", synonyms=["HOD", "Olivary hypertrophy"],
            front={"title": "hypertrophic-olivary-degeneration", "source": "radiopaedia", "category": "pathology", "system": "neuro"})
REFS = [
 "Goyal M, Versnick E, Tuite P et al. Hypertrophic Olivary Degeneration: Metaanalysis of the Temporal Evolution of MR Findings. AJNR Am J Neuroradiol. 2000;21(6):1073-7.",
 "Kitajima M, Korogi Y, Shimomura O et al. Hypertrophic Olivary Degeneration: MR Imaging and Pathologic Findings. Radiology. 1994;192(2):539-43.",
 "Wang H, Wang Y, Wang R et al. Hypertrophic Olivary Degeneration: A Comprehensive Review Focusing on Etiology. Brain Res. 2019;1718:53-63.",
]
RELATED_TITLE = "Brainstem"
RELATED = ["Guillain-Mollaret triangle", "Inferior olivary nucleus", "Palatal tremor", "Wallerian degeneration", "Crossed cerebellar diaschisis"]

BODY = r"""
**Hypertrophic olivary degeneration (HOD)** is a peculiar form of trans-synaptic degeneration in which a lesion of the dentato-rubro-olivary pathway causes the inferior olivary nucleus of the medulla to enlarge rather than atrophy. It is easily mistaken for a new medullary lesion, so recognising the pattern spares the patient unnecessary investigation {1}.
## Terminology
The pathway involved is the **Guillain-Mollaret triangle**, whose three corners are the dentate nucleus of one cerebellar hemisphere, the contralateral red nucleus and the inferior olivary nucleus on the same side as the red nucleus. The red nucleus and the olive are joined by the central tegmental tract, and the dentate nucleus projects to the opposite red nucleus via the superior cerebellar peduncle.
## Epidemiology
HOD is uncommon. Because it is always secondary, its demographics are simply those of the causative lesion: it may be seen at any age, but the typical patient is a middle-aged adult recovering from a brainstem haemorrhage. No sex predilection has been reported. It is increasingly recognised in children after resection of posterior fossa tumours, and in one paediatric series about one in five children developed olivary changes after surgery.
## Clinical presentation
The classic clinical correlate is palatal tremor (formerly called palatal myoclonus), a rhythmic contraction of the soft palate at 1-3 Hz. It usually appears several months after the insult, on average 10-11 months. It may be accompanied by a Holmes tremor, ocular myoclonus or an audible clicking in the ear. Many patients, however, have no symptoms attributable to the olive at all, and the finding is made on follow-up imaging.
## Pathology
Any lesion that interrupts the triangle may be responsible. Recognised causes are:
- haemorrhage, which is the most common cause (hypertensive, or from a cavernous malformation)
- infarction
- tumour, or surgery to remove it
- demyelination
- trauma
Histologically, the deafferented olivary neurons become enlarged and vacuolated, with marked astrocytic proliferation. This is the only known trans-synaptic degeneration in which the affected structure hypertrophies.
### Laterality
The side of the abnormal olive depends on where the pathway is cut:
- lesion of the central tegmental tract in the brainstem: ipsilateral HOD
- lesion of the dentate nucleus or superior cerebellar peduncle: contralateral HOD
- lesion involving both pathways, or the decussation of the superior cerebellar peduncles: bilateral HOD
## Radiographic features
### CT
CT is usually unremarkable as far as the olive is concerned, although it may show the primary lesion.
### MRI
MRI is the modality of choice. The anterolateral medulla shows increased T2 signal, and later enlargement, of the affected olive. Findings evolve in a predictable sequence {1}:
1. increased T2 signal without hypertrophy develops first, appearing at around 1 month
2. hypertrophy and high T2 signal coexist, with hypertrophy appearing at approximately 6 months
3. the hypertrophy resolves by 3-4 years, while the T2 hyperintensity may persist indefinitely
Signal characteristics:
- T2/FLAIR: hyperintense, enlarged olive
- T1: usually normal, sometimes mildly hypointense
- T1 C+ (Gd): no enhancement
- DWI: no restricted diffusion
- SWI: may show the haemosiderin of the causative haemorrhage elsewhere in the triangle
Bilateral HOD is less common than unilateral disease and is harder to recognise, because there is no normal side for comparison; careful attention to the contour of both olives on axial T2 images is therefore helpful. Coronal images may also show the elongated, bulging olive well.
The absence of enhancement and of diffusion restriction, together with a lesion elsewhere in the triangle, is the key to the diagnosis {2}.
## Treatment and prognosis
There is no specific treatment for the olivary abnormality itself. Palatal tremor tends to persist even when the hypertrophy has resolved, and symptomatic therapy (e.g. clonazepam or botulinum toxin injection for the ear click) is used. The prognosis is otherwise governed by the underlying lesion.
Follow-up MRI is not required purely to monitor the olive, but it is worth describing the expected evolution in the report so that a later reader does not mistake the resolving hypertrophy for a treatment response or an evolving infarct.
## Differential diagnosis
When a T2 hyperintense medullary lesion is encountered, consider {3}:
- acute medullary infarction: restricted diffusion, no hypertrophy, appropriate clinical history
- demyelination (e.g. multiple sclerosis): lesions elsewhere, may enhance in the active phase
- brainstem glioma: progressive enlargement, extends beyond the olive
- rhombencephalitis (e.g. Listeria): enhancement and clinical features of infection
- neurodegenerative disease, such as multiple system atrophy, which tends to be bilateral and symmetric
"""

S = "hypertrophic olivary degeneration"
GOLD = [
 ("synonym", "Hypertrophic olivary degeneration", "", "HOD", "Hypertrophic olivary degeneration (HOD)"),
 ("definition", S, "", "a peculiar form of trans-synaptic degeneration in which a lesion of the dentato-rubro-olivary pathway causes the inferior olivary nucleus of the medulla to enlarge rather than atrophy", "is a peculiar form of trans-synaptic degeneration in which a lesion of the dentato-rubro-olivary pathway causes the inferior olivary nucleus of the medulla to enlarge rather than atrophy"),
 ("statement", S, "mimic", "new medullary lesion", "It is easily mistaken for a new medullary lesion"),
 ("statement", "Guillain-Mollaret triangle", "corners", "dentate nucleus, contralateral red nucleus and inferior olivary nucleus", "whose three corners are the dentate nucleus of one cerebellar hemisphere, the contralateral red nucleus and the inferior olivary nucleus on the same side as the red nucleus"),
 ("statement", "Guillain-Mollaret triangle", "red nucleus to olive", "central tegmental tract", "The red nucleus and the olive are joined by the central tegmental tract"),
 ("statement", "Guillain-Mollaret triangle", "dentate to red nucleus", "superior cerebellar peduncle", "the dentate nucleus projects to the opposite red nucleus via the superior cerebellar peduncle"),
 ("statement", S, "demographics", "those of the causative lesion", "its demographics are simply those of the causative lesion"),
 ("age", S, "typical patient", "middle-aged adult", "the typical patient is a middle-aged adult recovering from a brainstem haemorrhage"),
 ("sex_ratio", S, "", "no sex predilection", "No sex predilection has been reported"),
 ("percentage", S, "children after posterior fossa tumour resection", "about one in five", "about one in five children developed olivary changes after surgery"),
 ("association", S, "palatal tremor", "palatal tremor", "The classic clinical correlate is palatal tremor", {"group": "presentation"}),
 ("synonym", "palatal tremor", "", "palatal myoclonus", "palatal tremor (formerly called palatal myoclonus)"),
 ("threshold", "palatal tremor", "frequency", "1-3 Hz", "a rhythmic contraction of the soft palate at 1-3 Hz"),
 ("threshold", "palatal tremor", "onset after insult", "10-11 months", "on average 10-11 months"),
 ("association", S, "Holmes tremor", "Holmes tremor", "It may be accompanied by a Holmes tremor", {"group": "presentation"}),
 ("association", S, "ocular myoclonus", "ocular myoclonus", "ocular myoclonus", {"group": "presentation"}),
 ("association", S, "audible clicking in the ear", "audible clicking in the ear", "an audible clicking in the ear", {"group": "presentation"}),
 ("rank", S, "haemorrhage", "most common", "haemorrhage, which is the most common cause", {"group": "cause"}),
 ("association", S, "haemorrhage", "haemorrhage", "haemorrhage, which is the most common cause (hypertensive, or from a cavernous malformation)", {"group": "cause"}),
 ("association", S, "infarction", "infarction", "infarction", {"group": "cause"}),
 ("association", S, "tumour or surgery", "tumour, or surgery to remove it", "tumour, or surgery to remove it", {"group": "cause"}),
 ("association", S, "demyelination", "demyelination", "demyelination", {"group": "cause"}),
 ("association", S, "trauma", "trauma", "trauma", {"group": "cause"}),
 ("statement", S, "histology", "enlarged and vacuolated", "the deafferented olivary neurons become enlarged and vacuolated, with marked astrocytic proliferation"),
 ("statement", S, "unique feature", "hypertrophies", "This is the only known trans-synaptic degeneration in which the affected structure hypertrophies"),
 ("classification", S, "central tegmental tract lesion", "ipsilateral HOD", "lesion of the central tegmental tract in the brainstem: ipsilateral HOD", {"group": "laterality"}),
 ("classification", S, "dentate nucleus or superior cerebellar peduncle lesion", "contralateral HOD", "lesion of the dentate nucleus or superior cerebellar peduncle: contralateral HOD", {"group": "laterality"}),
 ("classification", S, "both pathways or decussation of superior cerebellar peduncles", "bilateral HOD", "lesion involving both pathways, or the decussation of the superior cerebellar peduncles: bilateral HOD", {"group": "laterality"}),
 ("appearance", S, "", "usually unremarkable", "CT is usually unremarkable as far as the olive is concerned", {"attribute": "CT"}),
 ("statement", S, "modality of choice", "MRI", "MRI is the modality of choice"),
 ("statement", S, "location", "anterolateral medulla", "The anterolateral medulla shows increased T2 signal, and later enlargement, of the affected olive"),
 ("threshold", S, "increased T2 signal", "around 1 month", "increased T2 signal without hypertrophy develops first, appearing at around 1 month", {"attribute": "stage 1"}),
 ("threshold", S, "hypertrophy", "approximately 6 months", "with hypertrophy appearing at approximately 6 months", {"attribute": "stage 2"}),
 ("threshold", S, "resolution of hypertrophy", "3-4 years", "the hypertrophy resolves by 3-4 years", {"attribute": "stage 3"}),
 ("statement", S, "T2 hyperintensity", "persist indefinitely", "the T2 hyperintensity may persist indefinitely"),
 ("appearance", S, "", "hyperintense, enlarged olive", "T2/FLAIR: hyperintense, enlarged olive", {"attribute": "T2/FLAIR"}),
 ("appearance", S, "", "usually normal, sometimes mildly hypointense", "T1: usually normal, sometimes mildly hypointense", {"attribute": "T1"}),
 ("appearance", S, "", "no enhancement", "T1 C+ (Gd): no enhancement", {"attribute": "T1 C+ (Gd)"}),
 ("appearance", S, "", "no restricted diffusion", "DWI: no restricted diffusion", {"attribute": "DWI"}),
 ("appearance", S, "", "haemosiderin of the causative haemorrhage elsewhere in the triangle", "SWI: may show the haemosiderin of the causative haemorrhage elsewhere in the triangle", {"attribute": "SWI"}),
 ("statement", S, "bilateral HOD", "less common than unilateral disease", "Bilateral HOD is less common than unilateral disease and is harder to recognise, because there is no normal side for comparison"),
 ("statement", S, "key to diagnosis", "absence of enhancement and of diffusion restriction", "The absence of enhancement and of diffusion restriction, together with a lesion elsewhere in the triangle, is the key to the diagnosis"),
 ("statement", S, "treatment", "no specific treatment", "There is no specific treatment for the olivary abnormality itself"),
 ("statement", "palatal tremor", "persistence", "persist", "Palatal tremor tends to persist even when the hypertrophy has resolved"),
 ("statement", "palatal tremor", "symptomatic therapy", "clonazepam or botulinum toxin injection", "symptomatic therapy (e.g. clonazepam or botulinum toxin injection for the ear click)"),
 ("differential", S, "acute medullary infarction", "acute medullary infarction", "acute medullary infarction: restricted diffusion, no hypertrophy"),
 ("differential", S, "demyelination", "demyelination (e.g. multiple sclerosis)", "demyelination (e.g. multiple sclerosis): lesions elsewhere, may enhance in the active phase"),
 ("differential", S, "brainstem glioma", "brainstem glioma", "brainstem glioma: progressive enlargement, extends beyond the olive"),
 ("differential", S, "rhombencephalitis", "rhombencephalitis (e.g. Listeria)", "rhombencephalitis (e.g. Listeria): enhancement and clinical features of infection"),
 ("differential", S, "multiple system atrophy", "multiple system atrophy", "neurodegenerative disease, such as multiple system atrophy, which tends to be bilateral and symmetric"),
]
