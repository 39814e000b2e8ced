"""The command line's refusal of a priority area number no area has, as the tests expect it."""

# An unknown area number's refusal (--area 999), naming the ten areas the first migration seeds.
UNKNOWN_AREA_999 = (
    "Det finns inget prioriterat område med nummer 999; de prioriterade områdena är: "
    "1 ”Riktat arbete mot avgränsade platser och utsatta områden”, "
    "2 ”Unga i risk för kriminalitet”, 3 ”Avhopparverksamhet för kriminella”, "
    "4 ”Våldsbejakande extremism”, 5 ”Särskilt utsatta och sårbara brottsoffer”, "
    "6 ”Otillåten påverkan”, 7 ”Skolan som brottsplats”, 8 ”Otillåtna bosättningar”, "
    "9 ”Ordningsvakter”, 10 ”Kameraövervakning”."
)
