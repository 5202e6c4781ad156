# veedor: fnv1a64 03d96ee6797b5ca8
# 9-entity-mininter.gp: 'Presupuesto específico asignado y ejecutado, por año'
# Written by veedor. Edit it freely, then run `gnuplot 9-entity-mininter.gp` in this folder to redraw
# 9-entity-mininter.png and 9-entity-mininter.svg from 9-entity-mininter.dat.
reset
set encoding utf8
set datafile separator "\t"
set datafile missing "?"
set label 999 'Presupuesto específico asignado y ejecutado, por año' at screen 0.5, screen 0.955 center font ',15' noenhanced
set label 1000 'Ministerio del Interior (MININTER)' at screen 0.5, screen 0.912 center font ',11' noenhanced
set key at screen 0.5, screen 0.885 center top horizontal noenhanced samplen 2 spacing 1.1
set tmargin at screen 0.80
set border 3
set tics nomirror
set grid ytics lc rgb '#dddddd'
set bmargin 9
set label 1001 'Fuente: IV Informe Alternativo: Balance de la sociedad civil sobre la…; Presupuesto General de la República 2013-2017 y población 2013-2016…; elaborado con veedor' at screen 0.01, screen 0.02 left font ',9' noenhanced
set style fill solid 1.0 border lc rgb '#333333'
set boxwidth 0.36 absolute
set xtics ('2015' 2015, '2016*' 2016)
set xrange [2014.4:2016.6]
set yrange [0:1200000]
set ytics ('S/ 0' 0, 'S/ 200,000' 200000, 'S/ 400,000' 400000, 'S/ 600,000' 600000, 'S/ 800,000' 800000, 'S/ 1,000,000' 1000000, 'S/ 1,200,000' 1200000)
set ylabel 'Soles (S/)'
set label 1002 '* ejecución contada solo hasta 2016-06-30' at screen 0.01, screen 0.05 left font ',9' noenhanced
set y2range [0:115.00]
set y2tics ('0 %%' 0, '50 %%' 50, '100 %%' 100, '150 %%' 150)
set y2label 'Ejecutado / asignado (%)'
set border 11
set terminal pngcairo noenhanced size 2200,1300 font 'DejaVu Sans,10' fontscale 2 linewidth 2 pointscale 2 background '#ffffff'
set output '9-entity-mininter.png'
plot '9-entity-mininter.dat' index 0 using ($1-0.2):2 with boxes lc rgb '#1f3d7a' fs solid 1.0 title 'Asignado', '' index 0 using ($1+0.2):($4 == 0 ? $3 : 1/0) with boxes lc rgb '#c4561d' fs solid 1.0 title 'Ejecutado', '' index 0 using ($1+0.2):($4 == 1 ? $3 : 1/0) with boxes lc rgb '#9a9a9a' fs solid 1.0 title 'Ejecutado, año contado en parte (*)', '' index 0 using ($1-0.2):($2):6 with labels center offset 0,0.7 font ',8' tc rgb '#333333' notitle, '' index 0 using ($1+0.2):($3):7 with labels center offset 0,0.7 font ',8' tc rgb '#333333' notitle, '' index 0 using 1:5 axes x1y2 with linespoints lw 2 dt 1 pt 7 ps 1.2 lc rgb '#7a2f0b' title 'Tasa de ejecución (eje derecho)', '' index 0 using 1:5:8 axes x1y2 with labels left offset 0.8,0 font ',8' tc rgb '#7a2f0b' notitle
set terminal svg noenhanced size 1100,650 font 'DejaVu Sans,10' background '#ffffff'
set output '9-entity-mininter.svg'
replot
unset output
