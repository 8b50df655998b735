SYSTEM = "Spine"
FORMS = ["md"]
HTML_HEADINGS = (4, 5)
MD_HEADINGS = ("####", "#####")
META = dict(slug="syringomyelia", title="Syringomyelia", rid="39276",
            kind_label="Radiology Reference Article", noun="article", path="articles", cite_kind="Reference article",
            authors="Fairweather D, Iqbal S, Brannigan E, et al", reviser="Saima Iqbal", revised="14 Feb 2026",
            site_system="Spine", synonyms=["Syrinx", "Syringohydromyelia"],
            front={"title": "syringomyelia", "source": "radiopaedia", "category": "pathology", "system": "spine", "modality": "mri"})
REFS = [
 "Vandertop WP. Syringomyelia. Neuropediatrics. 2014;45(1):3-9.",
 "Fischbein NJ, Dillon WP, Cobbs C et al. The Presyrinx State: A Reversible Myelopathic Condition That May Precede Syringomyelia. AJNR Am J Neuroradiol. 1999;20(1):7-20.",
 "Shenoy VS, Sampath R. Syringomyelia. StatPearls Publishing; 2023.",
]
RELATED_TITLE = "Spinal cord pathology"
RELATED = ["Chiari I malformation", "Hydromyelia", "Ventriculus terminalis", "Presyrinx state", "Neuropathic arthropathy", "Post-traumatic syringomyelia"]

BODY = r"""
**Syringomyelia** refers to a fluid-filled cavity (a syrinx) within the substance of the spinal cord. Strictly, the term is distinct from hydromyelia, which is dilatation of the central canal lined by ependyma; because the two cannot be reliably separated on imaging, many authors use the combined term syringohydromyelia, or simply "syrinx" {1}.
## Epidemiology
Syringomyelia has a prevalence of roughly 8 per 100,000. Symptomatic patients usually present in the third or fourth decade, and there is a slight male predominance. With the widespread use of MRI, small asymptomatic cavities are being found with increasing frequency. Paediatric cases are mostly associated with Chiari malformations and spinal dysraphism.
## Clinical presentation
The textbook presentation is a dissociated sensory loss: pain and temperature sensation are lost while light touch, vibration and proprioception are preserved, because the crossing spinothalamic fibres are interrupted close to the central canal. In cervical syrinxes this loss has a "cape-like" or "shawl" distribution over the shoulders and arms. Other features include:
- lower motor neuron weakness and wasting of the small muscles of the hands
- neuropathic (Charcot) arthropathy of the shoulder or elbow
- scoliosis, particularly an atypical left convex thoracic curve in a child
- neuropathic pain and upper limb dysaesthesia
Extension into the medulla is termed syringobulbia, which may produce dysphagia, nystagmus and lower cranial nerve palsies.
## Pathology
A syrinx forms when the normal flow of CSF is disturbed. The causes are conveniently grouped into four categories:
- hindbrain herniation: Chiari I malformation is by far the most common cause, and a syrinx is found in about 30-70% of patients with Chiari I; Chiari II malformation is also associated
- post-traumatic: develops in roughly 1-9% of patients after spinal cord injury, often years later
- post-inflammatory: arachnoiditis following meningitis, subarachnoid haemorrhage or surgery
- neoplastic: intramedullary tumours, particularly haemangioblastoma and ependymoma
When none of these is found the syrinx is labelled idiopathic. Several theories attempt to explain how fluid enters the cord, including the hydrodynamic theory of Gardner and the concept of raised CSF pulse pressure in the subarachnoid space driving fluid along the perivascular spaces.
The cervical and upper thoracic cord are most frequently affected. A syrinx may be septated, giving a beaded or haustrated outline.
## Radiographic features
### Plain radiograph and CT
Radiographs are usually normal but may show scoliosis or widening of the spinal canal in long-standing cases. On CT myelography, contrast may enter the syrinx on delayed imaging at 6-24 hours.
### MRI
MRI is the investigation of choice. The cavity follows CSF on all sequences:
- T1: hypointense
- T2: hyperintense, sometimes with flow voids from pulsatile fluid movement
- FLAIR: suppresses like CSF
- T1 C+ (Gd): no enhancement of the syrinx wall
The cord is usually expanded, and the cavity may be eccentric. Septations are common and give the classic beaded appearance. Sagittal imaging should always include the craniocervical junction to look for tonsillar ectopia. Tonsillar descent of more than 5 mm below the foramen magnum is considered significant.
Every syrinx without an obvious cause needs a contrast-enhanced study of the whole spine, because a small haemangioblastoma may be hidden at one end of the cavity. Cine phase-contrast MRI can be used to assess CSF flow across the foramen magnum.
A dilated central canal measuring less than 2 mm in diameter, without cord expansion, is generally considered a normal variant (persistent central canal) that needs no follow-up.
## Treatment and prognosis
Treatment is directed at the underlying cause. In Chiari I malformation, posterior fossa decompression leads to a reduction in syrinx size in approximately 80% of patients. Where no cause can be treated, the cavity may be drained with a syringo-subarachnoid, syringopleural or syringoperitoneal shunt, although shunt failure is common. Tumour-associated cavities usually collapse after resection of the tumour {3}. Clinical improvement lags behind radiological improvement, and established sensory loss and muscle wasting frequently persist even after the cavity has collapsed. Follow-up MRI 6-12 months after decompression is commonly performed to document the response.
## Differential diagnosis
- persistent central canal: thin (<2 mm), central and non-expansile
- ventriculus terminalis: a small cystic dilatation confined to the conus medullaris
- cystic intramedullary tumour: enhancing nodule or wall, cord oedema
- myelomalacia: cord volume loss with ill-defined T2 hyperintensity, often after compression or trauma
- presyrinx state: cord oedema without a discrete cavity, which is reversible if the CSF obstruction is relieved {2}
"""

S = "syringomyelia"
GOLD = [
 ("definition", S, "", "a fluid-filled cavity (a syrinx) within the substance of the spinal cord", "refers to a fluid-filled cavity (a syrinx) within the substance of the spinal cord"),
 ("definition", "hydromyelia", "", "dilatation of the central canal lined by ependyma", "hydromyelia, which is dilatation of the central canal lined by ependyma"),
 ("synonym", "Syringomyelia", "", "syringohydromyelia", "many authors use the combined term syringohydromyelia"),
 ("synonym", "Syringomyelia", "", "syrinx", "or simply \"syrinx\""),
 ("statement", S, "prevalence", "roughly 8 per 100,000", "Syringomyelia has a prevalence of roughly 8 per 100,000"),
 ("age", S, "symptomatic presentation", "third or fourth decade", "Symptomatic patients usually present in the third or fourth decade"),
 ("sex_ratio", S, "", "slight male predominance", "there is a slight male predominance"),
 ("association", S, "dissociated sensory loss", "dissociated sensory loss", "The textbook presentation is a dissociated sensory loss", {"group": "presentation"}),
 ("statement", S, "dissociated sensory loss", "pain and temperature sensation are lost", "pain and temperature sensation are lost while light touch, vibration and proprioception are preserved"),
 ("statement", S, "mechanism of sensory loss", "crossing spinothalamic fibres", "because the crossing spinothalamic fibres are interrupted close to the central canal"),
 ("sign", S, "cape-like distribution", "cape-like", "this loss has a \"cape-like\" or \"shawl\" distribution over the shoulders and arms"),
 ("association", S, "lower motor neuron weakness of hands", "lower motor neuron weakness and wasting of the small muscles of the hands", "lower motor neuron weakness and wasting of the small muscles of the hands", {"group": "presentation"}),
 ("association", S, "neuropathic arthropathy", "neuropathic (Charcot) arthropathy of the shoulder or elbow", "neuropathic (Charcot) arthropathy of the shoulder or elbow", {"group": "presentation"}),
 ("association", S, "scoliosis", "atypical left convex thoracic curve", "scoliosis, particularly an atypical left convex thoracic curve in a child", {"group": "presentation"}),
 ("association", S, "neuropathic pain", "neuropathic pain and upper limb dysaesthesia", "neuropathic pain and upper limb dysaesthesia", {"group": "presentation"}),
 ("definition", "syringobulbia", "", "extension into the medulla", "Extension into the medulla is termed syringobulbia"),
 ("association", "syringobulbia", "dysphagia, nystagmus and lower cranial nerve palsies", "dysphagia, nystagmus and lower cranial nerve palsies", "which may produce dysphagia, nystagmus and lower cranial nerve palsies", {"group": "presentation"}),
 ("classification", S, "hindbrain herniation", "hindbrain herniation", "hindbrain herniation", {"group": "causes"}),
 ("classification", S, "post-traumatic", "post-traumatic", "post-traumatic: develops in roughly 1-9% of patients after spinal cord injury", {"group": "causes"}),
 ("classification", S, "post-inflammatory", "post-inflammatory", "post-inflammatory: arachnoiditis following meningitis, subarachnoid haemorrhage or surgery", {"group": "causes"}),
 ("classification", S, "neoplastic", "neoplastic", "neoplastic: intramedullary tumours, particularly haemangioblastoma and ependymoma", {"group": "causes"}),
 ("rank", S, "Chiari I malformation", "most common", "Chiari I malformation is by far the most common cause", {"group": "cause"}),
 ("percentage", "Chiari I malformation", "syrinx", "about 30-70%", "a syrinx is found in about 30-70% of patients with Chiari I"),
 ("association", S, "Chiari II malformation", "Chiari II malformation", "Chiari II malformation is also associated", {"group": "cause"}),
 ("percentage", S, "after spinal cord injury", "roughly 1-9%", "develops in roughly 1-9% of patients after spinal cord injury, often years later"),
 ("association", S, "arachnoiditis", "arachnoiditis", "arachnoiditis following meningitis, subarachnoid haemorrhage or surgery", {"group": "cause"}),
 ("association", S, "haemangioblastoma", "haemangioblastoma", "particularly haemangioblastoma and ependymoma", {"group": "cause"}),
 ("association", S, "ependymoma", "ependymoma", "particularly haemangioblastoma and ependymoma", {"group": "cause"}),
 ("statement", S, "no cause found", "idiopathic", "When none of these is found the syrinx is labelled idiopathic"),
 ("rank", S, "cervical and upper thoracic cord", "most frequently affected", "The cervical and upper thoracic cord are most frequently affected", {"group": "location"}),
 ("statement", S, "septations", "beaded or haustrated outline", "A syrinx may be septated, giving a beaded or haustrated outline"),
 ("appearance", S, "", "usually normal; scoliosis or widening of the spinal canal", "Radiographs are usually normal but may show scoliosis or widening of the spinal canal in long-standing cases", {"attribute": "plain radiograph"}),
 ("appearance", S, "", "contrast may enter the syrinx on delayed imaging at 6-24 hours", "On CT myelography, contrast may enter the syrinx on delayed imaging at 6-24 hours", {"attribute": "CT myelography"}),
 ("statement", S, "investigation of choice", "MRI", "MRI is the investigation of choice"),
 ("appearance", S, "", "follows CSF on all sequences", "The cavity follows CSF on all sequences", {"attribute": "MRI"}),
 ("appearance", S, "", "hypointense", "T1: hypointense", {"attribute": "T1"}),
 ("appearance", S, "", "hyperintense, sometimes with flow voids", "T2: hyperintense, sometimes with flow voids from pulsatile fluid movement", {"attribute": "T2"}),
 ("appearance", S, "", "suppresses like CSF", "FLAIR: suppresses like CSF", {"attribute": "FLAIR"}),
 ("appearance", S, "", "no enhancement of the syrinx wall", "T1 C+ (Gd): no enhancement of the syrinx wall", {"attribute": "T1 C+ (Gd)"}),
 ("statement", S, "cord", "expanded", "The cord is usually expanded, and the cavity may be eccentric"),
 ("sign", S, "beaded appearance", "beaded appearance", "Septations are common and give the classic beaded appearance"),
 ("threshold", "tonsillar ectopia", "tonsillar descent below the foramen magnum", "more than 5 mm", "Tonsillar descent of more than 5 mm below the foramen magnum is considered significant", {"attribute": "significant"}),
 ("statement", S, "syrinx without obvious cause", "contrast-enhanced study of the whole spine", "Every syrinx without an obvious cause needs a contrast-enhanced study of the whole spine, because a small haemangioblastoma may be hidden at one end of the cavity"),
 ("statement", S, "CSF flow assessment", "cine phase-contrast MRI", "Cine phase-contrast MRI can be used to assess CSF flow across the foramen magnum"),
 ("threshold", "persistent central canal", "central canal diameter", "less than 2 mm", "A dilated central canal measuring less than 2 mm in diameter, without cord expansion, is generally considered a normal variant (persistent central canal)", {"attribute": "normal variant"}),
 ("statement", S, "treatment", "underlying cause", "Treatment is directed at the underlying cause"),
 ("percentage", S, "reduction in syrinx size after posterior fossa decompression", "approximately 80%", "posterior fossa decompression leads to a reduction in syrinx size in approximately 80% of patients"),
 ("statement", S, "shunting", "syringo-subarachnoid, syringopleural or syringoperitoneal shunt", "the cavity may be drained with a syringo-subarachnoid, syringopleural or syringoperitoneal shunt, although shunt failure is common"),
 ("statement", S, "tumour-associated cavities", "collapse after resection", "Tumour-associated cavities usually collapse after resection of the tumour"),
 ("association", S, "paediatric: Chiari malformations and spinal dysraphism", "Chiari malformations and spinal dysraphism", "Paediatric cases are mostly associated with Chiari malformations and spinal dysraphism", {"group": "cause"}),
 ("statement", S, "pathogenesis theory", "hydrodynamic theory of Gardner", "including the hydrodynamic theory of Gardner"),
 ("statement", S, "clinical vs radiological improvement", "lags behind", "Clinical improvement lags behind radiological improvement"),
 ("threshold", S, "follow-up MRI after decompression", "6-12 months", "Follow-up MRI 6-12 months after decompression is commonly performed to document the response", {"attribute": "timing of follow-up MRI"}),
 ("differential", S, "persistent central canal", "persistent central canal", "persistent central canal: thin (<2 mm), central and non-expansile"),
 ("differential", S, "ventriculus terminalis", "ventriculus terminalis", "ventriculus terminalis: a small cystic dilatation confined to the conus medullaris"),
 ("differential", S, "cystic intramedullary tumour", "cystic intramedullary tumour", "cystic intramedullary tumour: enhancing nodule or wall, cord oedema"),
 ("differential", S, "myelomalacia", "myelomalacia", "myelomalacia: cord volume loss with ill-defined T2 hyperintensity"),
 ("differential", S, "presyrinx state", "presyrinx state", "presyrinx state: cord oedema without a discrete cavity, which is reversible if the CSF obstruction is relieved"),
]
